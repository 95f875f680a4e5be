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
    /// The goal area concerned, if any.
    public var goalAreaID: ItemID?
    /// The row concerned, if any.
    public var rowID: ItemID?
    /// The goal area or row named for people, when the gap is about one.
    public var name: RowName?
    /// The checklist task concerned, if any.
    public var task: String?

    public init(kind: Kind, goalAreaID: ItemID? = nil, rowID: ItemID? = nil, name: RowName? = nil, task: String? = nil) {
        self.kind = kind
        self.goalAreaID = goalAreaID
        self.rowID = rowID
        self.name = name
        self.task = task
    }
}
