/// Where a field of the agreement is, for people: which part of the form, goal area or row.
public enum FieldPlace: Equatable, Sendable {
    /// Section 1, about the agreement (parties, purpose …).
    case about
    /// The checklist, at one task.
    case checklist(task: String)
    case goalArea(RowName)
    case row(RowName)
    /// Section 3.1, the conditions that may affect the results.
    case conditions
    /// Section 4, the leader's personal development goals.
    case personalGoals
    /// The item is gone.
    case unknown
}
