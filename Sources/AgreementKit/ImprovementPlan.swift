/// The plan agreed for a goal area rated "Mindre enn avtalen": concrete actions and monthly follow-up talks.
public struct ImprovementPlan: Identifiable, Equatable, Sendable, Codable {
    public var id: ItemID
    public var goalAreaID: ItemID
    /// The agreed actions, one per line.
    public var actions: String
    /// The monthly follow-up conversations.
    public var followUpDates: [LocalDate]
    public var created: LocalDate

    public init(id: ItemID, goalAreaID: ItemID, actions: String, followUpDates: [LocalDate], created: LocalDate) {
        self.id = id
        self.goalAreaID = goalAreaID
        self.actions = actions
        self.followUpDates = followUpDates
        self.created = created
    }
}
