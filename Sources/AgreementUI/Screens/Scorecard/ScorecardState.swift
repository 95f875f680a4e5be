import AgreementKit
import Catalogue

/// The scorecard (styringskort) of the open agreement: perspective → goal → indicator, with
/// target, last result, national average, status and trend. The cursor names its indicator by id.
public struct ScorecardState: ScreenState {
    public internal(set) var lines: [ScorecardLine]
    public internal(set) var cursor: ItemID?
    public internal(set) var scroll = 0
    private var revision: Int
    /// Each line's cells as drawn, by its place in `lines` (a cache, made anew with the lines: a
    /// key that moves the cursor formats no value again; equal states may hold different memos).
    private var laid = LayoutMemo<Int, [Cell]>(capacity: 256)

    public init(_ core: AppCore, focus: ItemID? = nil) {
        lines = core.agreement.map(ScorecardLine.lines) ?? []
        revision = core.document?.revision ?? 0
        cursor = focus ?? lines.lazy.compactMap(\.indicator).first
        scrollIntoView(core)
    }

    public func keyContext(_ core: AppCore) -> KeyContext { .scorecard }

    /// The indicator lines' places among all lines.
    private var selectable: [Int] { lines.indices.filter { lines[$0].indicator != nil } }

    public mutating func perform(_ action: Action, core: inout AppCore) -> Outcome {
        guard case .scorecard(let command) = action else { return .none }
        let page = max(1, ScorecardView.bodyHeight(core.size) - 1)
        switch command {
        case .up: move(by: -1, core)
        case .down: move(by: 1, core)
        case .pageUp: move(by: -page, core)
        case .pageDown: move(by: page, core)
        case .first: move(by: -Int.max / 2, core)
        case .last: move(by: Int.max / 2, core)
        case .back: return .pop
        case .open:
            guard let cursor else { return noIndicator(&core) }
            return .push(IndicatorState(cursor))
        case .addValue:
            guard let cursor else { return noIndicator(&core) }
            return Self.beginValue(cursor, kind: .result, period: nil, &core)
        case .addIndicator:
            guard let row = cursor.flatMap({ core.agreement?.row(ofIndicator: $0) }) else {
                core.status = Status(core.words.indicatorInterface(.noIndicators), kind: .warning)
                return .none
            }
            return Self.beginNewIndicator(on: row.id, &core)
        case .delete:
            guard let cursor else { return noIndicator(&core) }
            guard core.allows(.indicator, amending: true) else { return .none }
            return .push(DialogState(.delete(.indicator(cursor)), core: core))
        }
        return .none
    }

    public mutating func reconcile(_ core: AppCore) {
        let current = core.document?.revision ?? 0
        if current != revision, let agreement = core.agreement {
            let old = lines
            lines = ScorecardLine.lines(of: agreement)
            laid = LayoutMemo(capacity: 256)
            revision = current
            if let cursor, !lines.contains(where: { $0.indicator == cursor }) {
                // The indicator is gone: the nearest one before where it was, else the first.
                let was = old.firstIndex { $0.indicator == cursor } ?? 0
                let before = old[..<min(was, old.count)].reversed().compactMap(\.indicator).first { id in lines.contains { $0.indicator == id } }
                self.cursor = before ?? lines.lazy.compactMap(\.indicator).first
            } else if cursor == nil {
                cursor = lines.lazy.compactMap(\.indicator).first
            }
        }
        scrollIntoView(core)
    }

    public mutating func reveal(_ target: Reveal, core: inout AppCore) {
        if case .item(.indicator(let id)) = target, lines.contains(where: { $0.indicator == id }) {
            cursor = id
            scrollIntoView(core)
        }
    }

    public func render(_ core: AppCore, into screen: inout Screen) {
        ScorecardView.draw(self, core, into: &screen)
    }

    /// The cells of the line at `index`, `width` wide, laid out once.
    func cells(at index: Int, of agreement: Agreement, _ columns: ScorecardView.Columns, width: Int, _ core: AppCore) -> [Cell] {
        let layout = LayoutMemo<Int, [Cell]>.Layout(width: width, height: 0, language: core.session.language, glyphs: core.session.glyphs)
        return laid.value(for: index, in: layout) { Screen.row(of: ScorecardView.spans(lines[index], agreement, columns, core), width: width) }
    }

    /// The same screen with its kept lines forgotten (a test compares the two).
    func forgettingLayouts() -> ScorecardState {
        var copy = self
        copy.laid = LayoutMemo(capacity: 256)
        return copy
    }

    private mutating func move(by distance: Int, _ core: AppCore) {
        let places = selectable
        guard !places.isEmpty else { return }
        let at = places.firstIndex { lines[$0].indicator == cursor } ?? 0
        let target = min(max(0, at + distance), places.count - 1)
        cursor = lines[places[target]].indicator
        scrollIntoView(core)
    }

    private mutating func scrollIntoView(_ core: AppCore) {
        let height = max(1, ScorecardView.bodyHeight(core.size))
        guard let line = lines.firstIndex(where: { $0.indicator == cursor && cursor != nil }) else {
            scroll = 0
            return
        }
        // Keep the heading lines above the first indicator in view when there is room.
        let top = line - (lines[..<line].reversed().prefix { $0.indicator == nil }.count)
        if top < scroll { scroll = max(0, top) }
        if line >= scroll + height { scroll = line - height + 1 }
        scroll = min(max(0, scroll), max(0, lines.count - height))
    }

    private func noIndicator(_ core: inout AppCore) -> Outcome {
        core.status = Status(core.words.indicatorInterface(.noIndicators), kind: .warning)
        return .none
    }

    /// Opens the form for a value of an indicator, if the phase allows it (as an amendment for
    /// targets after Inngåelse).
    static func beginValue(_ id: ItemID, kind: IndicatorValueKind, period: Period?, _ core: inout AppCore) -> Outcome {
        guard core.allows(kind.fieldKind, amending: true) else { return .none }
        let amending = core.editability(kind.fieldKind) == .needsAmendment
        if amending { core.say(.amendmentNote, .warning) }
        return .push(FormState(.indicatorValue(indicator: id, kind: kind, period: period), core: core, amending: amending))
    }

    /// Opens the form for a new measured indicator on a row.
    static func beginNewIndicator(on row: ItemID, _ core: inout AppCore) -> Outcome {
        guard core.allows(.indicator, amending: true) else { return .none }
        let amending = core.editability(.indicator) == .needsAmendment
        if amending { core.say(.amendmentNote, .warning) }
        return .push(FormState(.indicator(row: row, editing: nil), core: core, amending: amending))
    }
}
