import AgreementKit
import Catalogue

/// A form on top of the screen: named fields with editors; `Enter` confirms, `Esc` cancels,
/// `Ctrl-C` asks before throwing typed text away.
public struct FormState: ScreenState {
    public let kind: FormKind
    public var title: String
    public var fields: [FormField]
    public var focused: Int
    /// Set after `Ctrl-C` with typed text: the next `Ctrl-C` discards.
    public var confirmingDiscard = false
    /// Which earlier query the search field shows (`↑`/`↓`), counted back from the newest.
    var queryRecall = 0

    public var isOverlay: Bool { true }
    public var isForm: Bool { true }

    public init(kind: FormKind, title: String, fields: [FormField], focused: Int = 0) {
        self.kind = kind
        self.title = title
        self.fields = fields
        self.focused = min(max(0, focused), max(0, fields.count - 1))
    }

    /// The form for a purpose, with its title, fields and starting text from the agreement.
    public init(_ kind: FormKind, core: AppCore, amending: Bool = false) {
        self = FormState.make(kind, core: core, amending: amending)
        wrap(core)
    }

    /// Every editor wraps at the form's text width, so its kept lines are the ones drawn.
    private mutating func wrap(_ core: AppCore) {
        let width = FormView.textWidth(core.size)
        for i in fields.indices { fields[i].editor.wrapWidth = width }
    }

    public func keyContext(_ core: AppCore) -> KeyContext { kind == .search ? .search : .form }

    /// The text of a field by name ("" when the form has no such field).
    public func text(_ id: FormFieldID) -> String {
        fields.first { $0.id == id }?.editor.text ?? ""
    }

    /// A field by name (nil when the form has no such field).
    public func field(_ id: FormFieldID) -> FormField? { fields.first { $0.id == id } }

    /// True if the form has a field of that name.
    public func has(_ id: FormFieldID) -> Bool { fields.contains { $0.id == id } }

    /// True if any field's text was changed.
    public var isChanged: Bool { fields.contains { $0.editor.isChanged } }

    /// Keys that are not in the table go to the focused field's editor.
    public mutating func typed(_ key: Key, core: inout AppCore) -> Outcome? {
        if let action = Keymap.action(for: key, in: keyContext(core)) {
            // Up and down move within a multi-line text before they recall queries.
            if case .form(.earlierQuery) = action, fields[focused].editor.multiline { return edit(key, &core) }
            return nil
        }
        return edit(key, &core)
    }

    private mutating func edit(_ key: Key, _ core: inout AppCore) -> Outcome {
        confirmingDiscard = false
        _ = fields[focused].editor.apply(key, width: FormView.textWidth(core.size))
        switch fields[focused].editor.refusal {
        case .pasteTooLarge(let pasted, let room, let limit)?: core.say(.pasteTooLarge(pasted: pasted, room: room, limit: limit), .warning)
        case .full(let limit)?: core.say(.fieldFull(limit: limit), .warning)
        case nil: break
        }
        fields[focused].scroll = FormView.scroll(for: fields[focused], size: core.size)
        return .none
    }

    public mutating func perform(_ action: Action, core: inout AppCore) -> Outcome {
        guard case .form(let command) = action else { return .none }
        if command != .discard { confirmingDiscard = false }
        switch command {
        case .confirm:
            return confirm(&core)
        case .cancel:
            core.status = nil
            return .pop
        case .discard:
            if isChanged && !confirmingDiscard {
                confirmingDiscard = true
                core.say(.discardAsk, .warning)
                return .none
            }
            core.say(.discarded)
            return .pop
        case .nextField, .previousField:
            let count = fields.count
            focused = (focused + (command == .nextField ? 1 : count - 1)) % count
        case .newline:
            return edit(.lineFeed, &core)
        case .earlierQuery, .laterQuery:
            recallQuery(command == .earlierQuery ? 1 : -1, core)
        }
        return .none
    }

    public mutating func reconcile(_ core: AppCore) {
        wrap(core)
        for i in fields.indices { fields[i].scroll = FormView.scroll(for: fields[i], size: core.size) }
    }

    public func render(_ core: AppCore, into screen: inout Screen) {
        FormView.draw(self, core, into: &screen)
    }

    /// Moves focus to a field by name.
    mutating func focus(_ id: FormFieldID) {
        if let i = fields.firstIndex(where: { $0.id == id }) { focused = i }
    }

    /// `↑`/`↓` in the search form: the earlier queries, newest first.
    private mutating func recallQuery(_ step: Int, _ core: AppCore) {
        let queries = core.session.searches
        guard !queries.isEmpty, let i = fields.firstIndex(where: { $0.id == .query }) else { return }
        queryRecall = min(max(0, queryRecall + step), queries.count)
        let text = queryRecall == 0 ? "" : queries[queries.count - queryRecall]
        let field = fields[i]
        fields[i] = FormField(.query, label: field.label, colour: field.colour, text: text, multiline: false)
    }
}
