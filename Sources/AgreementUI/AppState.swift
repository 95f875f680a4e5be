import AgreementKit

/// Everything the interface shows, as a value. `update` changes it; `render` draws it.
public struct AppState: Equatable, Sendable {
    public var mode: Mode
    public var overlay: Overlay?
    public var size: Size
    public var status: StatusMessage?

    // The picker.
    public var entries: [PickerEntry]
    public var filter: String = ""
    public var pickerCursor = 0

    // The main screen.
    public private(set) var agreement: Agreement?
    public private(set) var tree: GoalTree?
    public var focus: Pane = .goals
    public var goalsCursor = 0
    public var goalsScroll = 0
    public var measuresCursor = 0
    public var measuresScroll = 0
    public var logCursor = 0
    public var logScroll = 0

    /// Opens straight on an agreement.
    public init(agreement: Agreement, size: Size) {
        mode = .main
        self.size = size
        entries = []
        show(agreement)
    }

    /// Opens on the picker.
    public init(entries: [PickerEntry], size: Size) {
        mode = .picker
        self.size = size
        self.entries = entries
    }

    /// Puts an agreement on the main screen with the first goal area of 2.1 selected.
    public mutating func show(_ agreement: Agreement) {
        self.agreement = agreement
        let tree = GoalTree(agreement)
        self.tree = tree
        mode = .main
        overlay = nil
        focus = .goals
        goalsCursor = tree.initialIndex
        goalsScroll = 0
        resetItemPanes()
        scrollGoalsIntoView()
    }

    /// The picker's entries that match the filter.
    public var visibleEntries: [PickerEntry] {
        filter.isEmpty ? entries : entries.filter { $0.matches(filter) }
    }

    /// What the goals pane's cursor stands on.
    public var selection: Selection {
        guard let agreement, let tree, tree.nodes.indices.contains(goalsCursor) else { return .none }
        return Selection(node: tree.nodes[goalsCursor], agreement: agreement)
    }

    public var measureItems: [PaneItem] { selection.measureItems }
    public var logItems: [PaneItem] { selection.logItems }

    var focusedMeasureItem: PaneItem? {
        let items = measureItems
        return items.indices.contains(measuresCursor) && items[measuresCursor].isSelectable ? items[measuresCursor] : nil
    }

    var focusedLogItem: PaneItem? {
        let items = logItems
        return items.indices.contains(logCursor) && items[logCursor].isSelectable ? items[logCursor] : nil
    }

    /// The context that decides what keys mean now.
    public var keyContext: KeyContext {
        switch overlay {
        case .help: .help
        case .detail: .detail
        case nil: mode == .picker ? .picker : .main
        }
    }

    mutating func resetItemPanes() {
        measuresCursor = PaneList.firstSelectable(measureItems) ?? 0
        measuresScroll = 0
        logCursor = PaneList.firstSelectable(logItems) ?? 0
        logScroll = 0
    }
}
