import AgreementKit
import Catalogue

/// The history of one field, newest first: who (and in which role), when, old → new, and the
/// reason of an amendment. `Enter` puts the value an entry gave back into the field, as a new
/// change (asking the reason when the agreement is signed).
public struct HistoryState: ScreenState {
    public let field: FieldRef
    public let label: String
    public let history: FieldHistory
    /// The entry under the cursor, and the first line shown.
    public internal(set) var cursor = 0
    public internal(set) var offset = 0
    /// The history laid out at the terminal's width for one version of the agreement (a cache:
    /// a key that moves the cursor wraps no text again; equal states may hold different memos).
    private var laid = LayoutMemo<Int, HistoryView.Laid>(capacity: 1)

    public init(field: FieldRef, label: String, history: FieldHistory) {
        self.field = field
        self.label = label
        self.history = history
    }

    public func keyContext(_ core: AppCore) -> KeyContext { .history }

    public mutating func perform(_ action: Action, core: inout AppCore) -> Outcome {
        guard case .together(let command) = action else { return .none }
        let count = history.entries.count
        let page = max(1, (core.size.height - 6) / 3)
        switch command {
        case .up: cursor = max(0, cursor - 1)
        case .down: cursor = max(0, min(count - 1, cursor + 1))
        case .pageUp: cursor = max(0, cursor - page)
        case .pageDown: cursor = max(0, min(count - 1, cursor + page))
        case .close: return .pop
        case .restore: return restore(&core)
        case .fieldHistory, .sync, .takeA, .takeB, .editConflict: return .none
        }
        scrollIntoView(core)
        return .none
    }

    public func render(_ core: AppCore, into screen: inout Screen) {
        HistoryView.draw(self, core, into: &screen)
    }

    /// The same screen with its kept lines forgotten (a test compares the two).
    func forgettingLayouts() -> HistoryState {
        var copy = self
        copy.laid = LayoutMemo(capacity: 1)
        return copy
    }

    /// Every line at the terminal's width, and the line each entry starts on.
    func layout(_ core: AppCore) -> HistoryView.Laid {
        let layout = LayoutMemo<Int, HistoryView.Laid>.Layout(width: core.size.width, height: 0, language: core.session.language, glyphs: core.session.glyphs)
        return laid.value(for: core.document?.revision ?? -1, in: layout) { HistoryView.layout(self, core) }
    }

    /// Keeps the cursor's entry in view.
    private mutating func scrollIntoView(_ core: AppCore) {
        let (lines, starts) = layout(core)
        guard starts.indices.contains(cursor) else { return }
        let height = max(1, core.size.height - 5)
        let end = cursor + 1 < starts.count ? starts[cursor + 1] : lines.count
        if starts[cursor] < offset { offset = starts[cursor] }
        if end > offset + height { offset = max(starts[cursor], end - height) }
    }

    /// Puts the value the entry under the cursor gave back into the field: a new change, or the
    /// amendment form (prefilled, asking the reason) when the field is signed.
    private func restore(_ core: inout AppCore) -> Outcome {
        guard history.entries.indices.contains(cursor), let agreement = core.agreement else { return .none }
        let w = core.words
        guard let value = history.entries[cursor].new, let text = HistoryState.text(of: value, for: field),
              text != agreement.value(of: field) else {
            core.status = Status(w.historyNothingToRestore, kind: .warning)
            return .none
        }
        let editability = core.editability(field.kind)
        if editability == .needsAmendment, !field.isChoice {
            var form = FormState(.amend(field), core: core)
            form.prefill(.value, with: HistoryState.shown(text, for: field, words: w))
            core.say(.amendmentNote, .warning)
            return Outcome(navigation: [.replace(Mode(form))])
        }
        guard editability.isAllowed else {
            core.status = Status(core.refusal(editability), kind: .warning)
            return .none
        }
        var probe = agreement
        if let error = probe.set(field, to: text) {
            core.status = Status(w.fieldError(error), kind: .error)
            return .none
        }
        let effects = core.commit({ _ = $0.set(field, to: text) }, note: w.historyRestored(label))
        return Outcome(effects: effects, navigation: [.pop])
    }

    /// The text `Agreement.set` takes for a stored value of the field; nil when it has none.
    static func text(of value: JSONValue, for field: FieldRef) -> String? {
        switch value {
        case .null: ""
        case .array, .object: nil
        default: value.displayText
        }
    }

    /// The text as the form shows it: a date in the user's language.
    static func shown(_ text: String, for field: FieldRef, words w: any Wording) -> String {
        if case .logDate = field, let date = LocalDate(iso: text) { return w.date(date) }
        return text
    }
}
