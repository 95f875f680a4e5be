/// Where a field of the agreement is, for people: which part of the form, goal area or row.
public enum FieldPlace: Equatable, Sendable {
    /// Section 1, about the agreement (parties, purpose …).
    case about
    /// The checklist, at one task.
    case checklist(task: String)
    case goalArea(RowName)
    case row(RowName)
    /// A measure or support item of a row, by its number in the row's list (1-based).
    case item(RowName, ItemKind, ordinal: Int)
    /// A log entry of a row, by its date.
    case logEntry(RowName, date: LocalDate)
    /// Section 3.1, the conditions that may affect the results.
    case conditions
    /// Section 4, the leader's personal development goals.
    case personalGoals
    /// The item is gone.
    case unknown

    /// The kinds of numbered items in a row.
    public enum ItemKind: Equatable, Sendable {
        case measure, support
    }
}
