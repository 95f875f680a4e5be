/// Something still missing before the agreement moves to its next phase.
public struct Gap: Equatable, Sendable {
    public enum Kind: String, Sendable {
        case goalAreaWithoutRows
        case rowWithoutTarget
        case rowWithoutMeasures
        case rowWithoutLog
        case goalAreaNotRated
        case checklistUnmarked
        case conditionsMissing
    }

    public var kind: Kind
    /// What is missing, in the user's language.
    public var message: String
    /// The goal area concerned, if any.
    public var goalAreaID: ItemID?
    /// The row concerned, if any.
    public var rowID: ItemID?

    public init(kind: Kind, message: String, goalAreaID: ItemID? = nil, rowID: ItemID? = nil) {
        self.kind = kind
        self.message = message
        self.goalAreaID = goalAreaID
        self.rowID = rowID
    }
}
