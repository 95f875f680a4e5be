import AgreementKit

/// Everything the interface shows, as a value. `update` changes it; `render` draws it.
public struct AppState: Equatable, Sendable {
    public var mode: Mode
    public var overlay: Overlay?
    /// A form or dialog on top of everything; it takes every key until answered.
    public var modal: Modal?
    public var size: Size
    public var status: StatusMessage?

    // The picker.
    public var entries: [PickerEntry]
    public var filter: String = ""
    public var pickerCursor = 0

    // The main screen.
    public internal(set) var agreement: Agreement?
    public internal(set) var tree: GoalTree?
    public var focus: Pane = .goals
    public var goalsCursor = 0
    public var goalsScroll = 0
    public var measuresCursor = 0
    public var measuresScroll = 0
    public var logCursor = 0
    public var logScroll = 0

    // Editing.
    public var history = History()
    public var ids: IDSource
    /// Today's date in the user's time zone, set by the executable (new log entries get it).
    public var today: LocalDate
    /// True when the last save failed: the agreement in memory is newer than the file.
    public var unsaved = false
    /// What the last change did, shown with the save time once the save is done.
    public var pendingNote: String?
    /// Quit as soon as the copy of unsaved changes has been written.
    public var quitAfterCopy = false
    public var search: SearchState?
    /// Who is at the keyboard (`--as leder|kontaktperson`).
    public var party: Party = .leader
    /// Meeting mode, when on.
    public var meeting: MeetingState?
    /// Why the agreement is read-only in this session (open in another session), or nil.
    public var readOnly: String?

    /// Opens straight on an agreement.
    public init(agreement: Agreement, size: Size, today: LocalDate? = nil, seed: UInt64 = 1) {
        mode = .main
        self.size = size
        entries = []
        ids = IDSource(seed: seed)
        self.today = today ?? LocalDate(year: agreement.header.year, month: 1, day: 1)!
        show(agreement)
    }

    /// Opens on the picker.
    public init(entries: [PickerEntry], size: Size, today: LocalDate = LocalDate(year: 2000, month: 1, day: 1)!, seed: UInt64 = 1) {
        mode = .picker
        self.size = size
        self.entries = entries
        ids = IDSource(seed: seed)
        self.today = today
    }

    /// Puts an agreement on the main screen with the first goal area of 2.1 selected.
    public mutating func show(_ agreement: Agreement) {
        self.agreement = agreement
        let tree = GoalTree(agreement)
        self.tree = tree
        mode = .main
        overlay = nil
        modal = nil
        history = History()
        search = nil
        unsaved = false
        meeting = nil
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
        switch modal {
        case .edit: return .editor
        case .dialog: return .dialog
        case nil: break
        }
        if meeting != nil { return .meeting }
        return switch overlay {
        case .help: .help
        case .detail: .detail
        case .phase: .phase
        case nil: mode == .picker ? .picker : .main
        }
    }

    /// Whether a field of this kind may change now, for this party, in this session.
    func editability(_ kind: FieldKind) -> Editability {
        if readOnly != nil { return .readOnly }
        return agreement?.editability(of: kind, as: party, inMeeting: meeting != nil) ?? .closed
    }

    /// Why a change is refused, for the status line: the lock holder when read-only.
    func refusal(_ editability: Editability) -> String {
        if editability == .readOnly, let readOnly { return readOnly.prefix(1).uppercased() + readOnly.dropFirst() }
        return words.refusal(editability) ?? ""
    }

    mutating func resetItemPanes() {
        measuresCursor = PaneList.firstSelectable(measureItems) ?? 0
        measuresScroll = 0
        logCursor = PaneList.firstSelectable(logItems) ?? 0
        logScroll = 0
    }
}
