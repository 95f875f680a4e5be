import AgreementKit
import Catalogue

/// The picker: every agreement, filtered as you type (as in fzf: every printable key goes
/// into the filter), the cursor on an agreement by id.
public struct PickerState: ScreenState {
    public let entries: [PickerEntry]
    public internal(set) var filter = ""
    /// Indices of the entries that match the filter, in order.
    public internal(set) var visible: [Int]
    /// The entry the cursor stands on, by id, and its place among the visible ones.
    public internal(set) var cursor = 0
    public internal(set) var selectedID: String?
    /// Lower-cased id, unit, year and phase of each entry, built once per language.
    private var haystacks: SearchTexts
    /// The language the phases in `haystacks` are in.
    private var haystackLanguage: String
    /// What shorter filters showed, for Backspace.
    private var trail = NarrowingTrail()
    /// Each entry's line as drawn, by its index (a cache: the entries never change within a
    /// state; equal states may hold different memos). At most 512 lines, about half a megabyte
    /// at 120 columns, however far a list of 2,000 is scrolled or filtered.
    private(set) var lines = LayoutMemo<Int, [Cell]>(capacity: 512)

    public init(entries: [PickerEntry], words: any Wording) {
        self.entries = entries
        haystacks = Self.haystacks(entries, words)
        haystackLanguage = words.languageTag
        visible = Array(entries.indices)
        selectedID = entries.first?.id
    }

    private static func haystacks(_ entries: [PickerEntry], _ words: any Wording) -> SearchTexts {
        let phases = Dictionary(uniqueKeysWithValues: Phase.allCases.map { ($0, words.phase($0)) })
        let expected = entries.reduce(0) { $0 + $1.id.utf8.count + $1.unit.utf8.count + String($1.year).utf8.count + (phases[$1.phase]?.utf8.count ?? 0) + 3 }
        return SearchTexts(entries.lazy.map { TextCase.lowercased("\($0.id) \($0.unit) \($0.year) \(phases[$0.phase] ?? "")") }, expectedBytes: expected)
    }

    /// After a language switch the filter matches the phases' new names.
    public mutating func reconcile(_ core: AppCore) {
        let words = core.words
        guard words.languageTag != haystackLanguage else { return }
        haystacks = Self.haystacks(entries, words)
        haystackLanguage = words.languageTag
        trail.clear()
        let kept = selectedID
        refilter(narrowing: false)
        if let kept { select(kept) }
    }

    public func keyContext(_ core: AppCore) -> KeyContext { .picker }

    /// The entries that match the filter.
    public var visibleEntries: [PickerEntry] { visible.map { entries[$0] } }

    /// True when the cursor is on the last row, «+ Ny avtale…», below the agreements.
    public var isOnNewAgreementRow: Bool { cursor == visible.count }

    /// The municipality most of the agreements have, to propose for a new one.
    var usualMunicipality: String {
        let counts = Dictionary(entries.map { ($0.municipality, 1) }, uniquingKeysWith: +).filter { !$0.key.isEmpty }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? ""
    }

    /// Printable keys go into the filter; Backspace takes one back; Ctrl-U clears it.
    public mutating func typed(_ key: Key, core: inout AppCore) -> Outcome? {
        let narrowing: Bool
        switch key {
        case .character(let c) where !c.isNewline:
            trail.push(text: filter, visible: visible)
            filter.append(c)
            narrowing = true
        case .paste(let text):
            trail.push(text: filter, visible: visible)
            filter += text.filter { !$0.isNewline }
            narrowing = true
        case .backspace:
            guard !filter.isEmpty else { return Outcome.none }
            filter.removeLast()
            if let shown = trail.widen(to: filter) {
                visible = shown
                moveCursor(to: 0)
                return Outcome.none
            }
            narrowing = false
        case .control("u"):
            filter = ""
            narrowing = false
        default:
            return nil
        }
        refilter(narrowing: narrowing)
        return Outcome.none
    }

    public mutating func perform(_ action: Action, core: inout AppCore) -> Outcome {
        guard case .picker(let command) = action else { return .none }
        let page = max(1, core.size.height - 6)
        switch command {
        case .up: moveCursor(to: cursor - 1)
        case .down: moveCursor(to: cursor + 1)
        case .pageUp: moveCursor(to: cursor - page)
        case .pageDown: moveCursor(to: cursor + page)
        case .open:
            if isOnNewAgreementRow {
                return .push(FormState(.newAgreement(unit: filter.trimmingCharacters(in: .whitespaces), municipality: usualMunicipality), core: core))
            }
            guard visible.indices.contains(cursor) else { return .none }
            return .effects([.open(entries[visible[cursor]].id)])
        case .clearOrQuit:
            if filter.isEmpty { return .effects([.quit]) }
            filter = ""
            refilter(narrowing: false)
        case .overview:
            return Outcome(effects: [.loadOverview(on: core.session.today)], navigation: [.push(Mode(OverviewState()))])
        }
        return .none
    }

    public func render(_ core: AppCore, into screen: inout Screen) {
        PickerView.draw(self, core, into: &screen)
    }

    /// Puts the cursor on an agreement by id, if it is visible.
    public mutating func select(_ id: String) {
        if let i = visible.firstIndex(where: { entries[$0].id == id }) { moveCursor(to: i) }
    }

    /// The last row, «+ Ny avtale…», is one place below the agreements.
    private mutating func moveCursor(to index: Int) {
        cursor = min(max(0, index), visible.count)
        selectedID = visible.indices.contains(cursor) ? entries[visible[cursor]].id : nil
    }

    /// Recomputes the visible entries; typing a character only narrows, so only the visible
    /// ones are tested. The cursor goes to the top, as in fzf.
    private mutating func refilter(narrowing: Bool) {
        if filter.isEmpty { trail.clear() }
        let words = filter.lowercased().split(separator: " ")
        let candidates = narrowing ? visible : Array(entries.indices)
        visible = words.isEmpty ? Array(entries.indices) : haystacks.matching(candidates, allOf: words)
        moveCursor(to: 0)
    }
}
