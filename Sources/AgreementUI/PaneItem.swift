import AgreementKit

/// One entry of the measures or log pane; headings are shown but not selectable.
public struct PaneItem: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case heading(FieldKind)
        case measure(ItemID)
        case support(ItemID)
        case log(ItemID)
        /// A line of explanation when there is nothing to list.
        case note
    }

    public var kind: Kind
    /// The row's target number the entry belongs to, when a whole goal area is shown.
    public var prefix: String
    public var text: String
    public var date: LocalDate?

    public var isSelectable: Bool {
        switch kind {
        case .measure, .support, .log: true
        case .heading, .note: false
        }
    }
}
