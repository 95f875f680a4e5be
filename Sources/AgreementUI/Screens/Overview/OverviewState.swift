import AgreementKit
import Catalogue

/// The overview: one line per agreement from the store's index, sorted by any column, filtered
/// as you type (every printable key goes into the filter, as in the picker) and by quick filters;
/// the cursor on an agreement by id, so sort, filter and line survive opening one and coming back.
public struct OverviewState: ScreenState {
    public private(set) var table = OverviewTable(rows: [], phaseName: { _ in "" })
    /// Files that could not be read, worded with file:line:col.
    public private(set) var problems: [String] = []
    /// False until the store's summaries have arrived.
    public private(set) var isLoaded = false
    public internal(set) var sort = OverviewSort.standard
    public internal(set) var filter: OverviewFilter
    /// Every row's index in the order of `sort`.
    private var order: [Int] = []
    /// The indices of the rows shown, in order.
    public private(set) var visible: [Int] = []
    /// What shorter filter texts showed, for Backspace; cleared whenever the rows are filtered afresh.
    private var trail = NarrowingTrail()
    /// The cursor's place among the shown rows, and the agreement it stands on.
    public private(set) var cursor = 0
    public private(set) var selectedID: String?
    /// The date the rows were reckoned from.
    public private(set) var reckonedFrom: LocalDate?
    /// Each row's line as drawn, by its index in `table` (a cache, made anew with the table: a key
    /// that moves the cursor, sorts or filters lays out no row again; equal states may hold
    /// different memos). At most 512 lines, about half a megabyte at 120 columns.
    private(set) var lines = LayoutMemo<Int, [Cell]>(capacity: 512)

    /// An overview still to be loaded, with quick filters already set (`overview --behind`).
    public init(filter: OverviewFilter = OverviewFilter()) {
        self.filter = filter
    }

    public func keyContext(_ core: AppCore) -> KeyContext { .overview }

    /// The same screen with its kept lines forgotten: drawing it lays every row out afresh, which
    /// a test compares with the memo.
    func forgettingLayouts() -> OverviewState {
        var copy = self
        copy.lines = LayoutMemo(capacity: 512)
        return copy
    }

    /// The rows shown, in order.
    public var visibleRows: [OverviewRow] { visible.map { table.rows[$0] } }

    /// The row under the cursor.
    public var selectedRow: OverviewRow? { visible.indices.contains(cursor) ? table.rows[visible[cursor]] : nil }

    /// Takes the store's lines (reckoned from the session's date when asked for), the cursor kept on
    /// its agreement when it is still shown.
    public mutating func load(_ data: OverviewData, core: AppCore) {
        let words = core.words
        table = OverviewTable(rows: data.rows) { words.phase($0) }
        lines = LayoutMemo(capacity: 512)
        problems = data.problems
        reckonedFrom = data.date
        isLoaded = true
        order = table.sorted(by: sort)
        refilter(keeping: selectedID)
    }

    /// Printable keys go into the filter; Backspace takes one back; Ctrl-U clears it.
    public mutating func typed(_ key: Key, core: inout AppCore) -> Outcome? {
        var text = filter.text
        switch key {
        case .character(let c) where !c.isNewline: text.append(c)
        case .paste(let pasted): text += pasted.filter { !$0.isNewline }
        case .backspace:
            guard !text.isEmpty else { return Outcome.none }
            text.removeLast()
        case .control("u"): text = ""
        default: return nil
        }
        let before = filter.text
        filter.text = text
        if text.hasPrefix(before) {
            // Typing only narrows: only the rows shown are tested.
            if text != before { trail.push(text: before, visible: visible) }
            visible = table.visible(visible, filter: filter)
        } else if let shown = trail.widen(to: text) {
            visible = shown
        } else {
            visible = table.visible(order, filter: filter)
        }
        moveCursor(to: 0)
        return Outcome.none
    }

    public mutating func perform(_ action: Action, core: inout AppCore) -> Outcome {
        guard case .overview(let command) = action else { return .none }
        let page = max(1, core.size.height - 9)
        switch command {
        case .up: moveCursor(to: cursor - 1)
        case .down: moveCursor(to: cursor + 1)
        case .pageUp: moveCursor(to: cursor - page)
        case .pageDown: moveCursor(to: cursor + page)
        case .first: moveCursor(to: 0)
        case .last: moveCursor(to: visible.count - 1)
        case .open:
            guard let row = selectedRow else { return .none }
            return Outcome(navigation: [.openAgreement(row.id, reveal: nil)])
        case .conversation:
            guard let row = selectedRow else { return .none }
            return Outcome(navigation: [.converse(row.id)])
        case .sortNext, .sortPrevious:
            let columns = OverviewColumn.allCases
            let here = columns.firstIndex(of: sort.column) ?? 0
            let step = command == .sortNext ? 1 : columns.count - 1
            resort(OverviewSort(column: columns[(here + step) % columns.count]))
        case .reverse:
            resort(OverviewSort(column: sort.column, descending: !sort.descending))
        case .mine, .serviceArea, .phase, .behind, .year:
            toggle(command, core: &core)
        case .matrix:
            guard isLoaded else { return .none }
            return .push(MatrixState(rows: visibleRows))
        case .clearOrBack:
            if !filter.text.isEmpty {
                filter.text = ""
            } else if !filter.hasNoQuickFilter {
                filter = OverviewFilter()
            } else {
                return Outcome(navigation: [.popOrQuit])
            }
            refilter(keeping: selectedID)
        }
        return .none
    }

    public func render(_ core: AppCore, into screen: inout Screen) {
        OverviewView.draw(self, core, into: &screen)
    }

    /// Puts the cursor on an agreement by id, if it is shown.
    public mutating func select(_ id: String) {
        if let i = visible.firstIndex(where: { table.rows[$0].id == id }) { moveCursor(to: i) }
    }

    mutating func resort(_ newSort: OverviewSort) {
        sort = newSort
        order = table.sorted(by: sort)
        refilter(keeping: selectedID)
    }

    /// Recomputes the shown rows from all of them; the cursor stays on `id` when it is shown.
    mutating func refilter(keeping id: String?) {
        trail.clear()
        visible = table.visible(order, filter: filter)
        if let id, let i = visible.firstIndex(where: { table.rows[$0].id == id }) {
            moveCursor(to: i)
        } else {
            moveCursor(to: 0)
        }
    }

    private mutating func moveCursor(to index: Int) {
        cursor = min(max(0, index), max(0, visible.count - 1))
        selectedID = visible.indices.contains(cursor) ? table.rows[visible[cursor]].id : nil
    }
}
