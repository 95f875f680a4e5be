/// A reference to one item of a list in the agreement, for adding, deleting and moving.
public enum ItemRef: Hashable, Sendable, Codable {
    case goalArea(ItemID)
    case row(ItemID)
    case measure(ItemID)
    case support(ItemID)
    case logEntry(ItemID)
    case checklistItem(ItemID)
    case personalGoal(ItemID)

    /// The field kind whose phase rule governs adding, deleting and moving this item.
    public var kind: FieldKind {
        switch self {
        case .goalArea: .goalAreaTitle
        case .row: .target
        case .measure: .measure
        case .support: .support
        case .logEntry: .logEntry
        case .checklistItem: .checklistTask
        case .personalGoal: .personalGoal
        }
    }

}
