/// A reference to one item of a list in the agreement, for adding, deleting and moving.
public enum ItemRef: Hashable, Sendable, Codable {
    case goalArea(ItemID)
    case row(ItemID)
    case measure(ItemID)
    case support(ItemID)
    case logEntry(ItemID)
    case checklistItem(ItemID)
    case personalGoal(ItemID)
    /// A measured indicator of a row.
    case indicator(ItemID)
    /// One value of an indicator: its kind and period name it.
    case indicatorValue(indicator: ItemID, kind: IndicatorValueKind, period: Period)

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
        case .indicator: .indicator
        case .indicatorValue(_, let kind, _): kind.fieldKind
        }
    }

}
