import AgreementKit
import Catalogue

/// The annual wheel of the open agreement's year: the twelve months as a strip with today
/// marked, the dated entries by month (its own dates, the wheels' events, follow-ups), what is
/// overdue and what is due within 14 days. The cursor names its entry by id.
public struct WheelState: ScreenState {
    /// The entry under the cursor, by `DeadlineEntry.id`; nil when there are none.
    public internal(set) var cursor: String?
    /// The cursor's place in the list, so a vanished entry hands it to its neighbour.
    var cursorIndex = 0
    /// The list laid out (a cache: a key that moves the cursor formats no date again; equal
    /// states may hold different memos).
    private var memo = LayoutMemo<WheelListView.Key, WheelListView.Laid>(capacity: 2)
    /// The title and strip, and each entry's detail, as drawn (caches like `memo`; one each, as
    /// a memo holds one size).
    private var top = LayoutMemo<WheelView.Part, [[Cell]]>(capacity: 2)
    private var details = LayoutMemo<WheelView.Part, [[Cell]]>(capacity: 64)

    /// Opens on the next open entry from today, else the last one before today.
    public init(_ core: AppCore) {
        let entries = core.deadlines?.entries ?? []
        let today = core.session.today
        cursor = core.deadlines?.next(on: today)?.id ?? entries.last { $0.date < today }?.id ?? entries.first?.id
        cursorIndex = entries.firstIndex { $0.id == cursor } ?? 0
    }

    public func keyContext(_ core: AppCore) -> KeyContext { .wheel }

    /// The entries in the list's order.
    func entries(_ core: AppCore) -> [DeadlineEntry] { core.deadlines?.entries ?? [] }

    /// How far `PgUp` and `PgDn` move: the list's height less a few lines of context (laid out
    /// only for those keys: the layout asks which wheels apply to the agreement).
    private func page(_ core: AppCore) -> Int {
        max(1, WheelLayout(core.size, core: core).list.height - 3)
    }

    /// The entry under the cursor.
    public func selected(_ core: AppCore) -> DeadlineEntry? {
        entries(core).first { $0.id == cursor }
    }

    public mutating func perform(_ action: Action, core: inout AppCore) -> Outcome {
        guard case .wheel(let command) = action else { return .none }
        let entries = entries(core)
        switch command {
        case .up: move(to: cursorIndex - 1, entries)
        case .down: move(to: cursorIndex + 1, entries)
        case .pageUp: move(to: cursorIndex - page(core), entries)
        case .pageDown: move(to: cursorIndex + page(core), entries)
        case .first: move(to: 0, entries)
        case .last: move(to: entries.count - 1, entries)
        case .previousMonth, .nextMonth:
            let month = entries.indices.contains(cursorIndex) ? entries[cursorIndex].date.month : core.session.today.month
            let target = command == .nextMonth ? entries.firstIndex { $0.date.month > month } : entries.lastIndex { $0.date.month < month }
            if let target {
                let first = entries.firstIndex { $0.date.month == entries[target].date.month } ?? target
                move(to: first, entries)
            }
        case .open:
            guard let entry = selected(core) else { return .none }
            return open(entry, &core)
        case .mark:
            guard let entry = selected(core) else { return .none }
            return .effects(mark(entry, &core))
        case .dates:
            guard core.mayWriteCalendar() else { return .none }
            return .push(FormState(.schedule, core: core))
        case .back:
            return .pop
        }
        return .none
    }

    private mutating func move(to index: Int, _ entries: [DeadlineEntry]) {
        guard !entries.isEmpty else { return }
        cursorIndex = min(max(0, index), entries.count - 1)
        cursor = entries[cursorIndex].id
    }

    public mutating func reconcile(_ core: AppCore) {
        let entries = entries(core)
        if let i = entries.firstIndex(where: { $0.id == cursor }) {
            cursorIndex = i
        } else if entries.isEmpty {
            cursor = nil
            cursorIndex = 0
        } else {
            move(to: cursorIndex, entries)
        }
    }

    public func render(_ core: AppCore, into screen: inout Screen) {
        WheelView.draw(self, core, into: &screen)
    }

    /// The list at `width`, laid out once per version of the dated things and day.
    func laid(_ core: AppCore, width: Int) -> WheelListView.Laid {
        let layout = LayoutMemo<WheelListView.Key, WheelListView.Laid>.Layout(width: width, height: 0, language: core.session.language, glyphs: core.session.glyphs)
        return memo.value(for: WheelListView.Key(derived: core.derived.number, today: core.session.today), in: layout) {
            WheelListView.laid(entries(core), core: core, width: width)
        }
    }

    /// A part of the view in an area of `size`, drawn by `draw` once per version of the dated
    /// things and day.
    /// `draw` is handed the core rather than capturing it: a closure that captured it copied the
    /// whole core on every frame, kept part or not.
    func part(_ kind: WheelView.Part.Kind, _ core: AppCore, size: Size, draw: (inout Screen, AppCore) -> Void) -> [[Cell]] {
        let layout = LayoutMemo<WheelView.Part, [[Cell]]>.Layout(width: size.width, height: size.height, language: core.session.language, glyphs: core.session.glyphs)
        let memo = kind == .top ? top : details
        return memo.value(for: WheelView.Part(kind: kind, derived: core.derived.number, today: core.session.today), in: layout) {
            var area = Screen(width: size.width, height: size.height)
            draw(&area, core)
            return area.rows
        }
    }

    /// The same screen with its kept list and parts forgotten (a test compares the two).
    func forgettingLayouts() -> WheelState {
        var copy = self
        copy.memo = LayoutMemo(capacity: 2)
        copy.top = LayoutMemo(capacity: 2)
        copy.details = LayoutMemo(capacity: 64)
        return copy
    }
}
