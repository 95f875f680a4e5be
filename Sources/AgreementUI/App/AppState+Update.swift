import AgreementKit
import Catalogue

extension AppState {
    /// Applies a message and returns the work the executable must do. The only place state
    /// changes; no I/O happens here.
    public mutating func update(_ message: Message) -> [Effect] {
        let before = (core.document?.revision, core.size)
        var effects: [Effect]
        switch message {
        case .key(let key): effects = handle(key)
        case .resized(let size):
            core.size = size
            effects = []
        case .dayChanged(let today):
            core.session.today = today
            effects = []
        default:
            effects = answer(message)
        }
        if core.document?.revision != before.0 || core.size != before.1 {
            for i in stack.indices { stack[i].reconcile(core) }
        }
        // Several changes in one step (a rating and the meeting's record) are one save of the
        // last version: each save expects the file as the one before left it.
        if let last = effects.lastIndex(where: { if case .save = $0 { true } else { false } }) {
            effects = effects.enumerated().filter { i, effect in
                if case .save = effect { return i == last } else { return true }
            }.map(\.element)
        }
        return effects
    }

    /// A key: typing first (filters, text fields), then the binding table of the top screen's context.
    private mutating func handle(_ key: Key) -> [Effect] {
        var top = stack.removeLast()
        if let outcome = top.typed(key, core: &core) {
            stack.append(top)
            return apply(outcome)
        }
        guard let action = Keymap.action(for: key, in: top.keyContext(core)) else {
            stack.append(top)
            return []
        }
        if !(core.session.unsaved && core.status?.kind == .error) {
            // Keep the unsaved warning in view until it is resolved.
            core.status = nil
        }
        if case .app(let command) = action {
            stack.append(top)
            return perform(command)
        }
        let outcome = top.perform(action, core: &core)
        stack.append(top)
        return apply(outcome)
    }

    /// Carries out what a screen asked for: screens pushed or popped, an item revealed, effects returned.
    mutating func apply(_ outcome: Outcome) -> [Effect] {
        var effects = outcome.effects
        for step in outcome.navigation {
            switch step {
            case .push(let mode):
                var mode = mode
                mode.reconcile(core)
                stack.append(mode)
            case .pop:
                if stack.count > 1 { stack.removeLast() }
            case .replace(let mode):
                var mode = mode
                mode.reconcile(core)
                stack[stack.count - 1] = mode
            case .popToRoot:
                stack.removeLast(stack.count - 1)
            case .popToMain:
                while stack.count > 1, !stack[stack.count - 1].is(BrowseState.self) { stack.removeLast() }
            case .closeAgreement:
                effects += closeAgreement()
            case .popOrQuit:
                if stack.count > 1 { stack.removeLast() } else { effects += quit() }
            case .showOverview:
                effects += showOverview()
            case .openAgreement(let id, let reveal):
                effects += openAgreement(id, reveal: reveal)
            case .converse(let id):
                effects += converse(id)
            }
        }
        if let reveal = outcome.reveal {
            // What the change made must be there to be shown.
            for i in stack.indices { stack[i].reconcile(core) }
            stack[stack.count - 1].reveal(reveal, core: &core)
        }
        return effects
    }

    /// Back to the picker, overview or goal matrix the agreement was opened from: its lock let go,
    /// the list read again with the cursor on it.
    mutating func closeAgreement() -> [Effect] {
        guard let browse = stack.firstIndex(where: { $0.is(BrowseState.self) }), browse > 0, let id = agreement?.id else { return [] }
        let toOverview = stack[browse - 1].isOverviewScreen
        guard toOverview || stack[0].is(PickerState.self) else { return [] }
        if core.session.unsaved {
            core.say(.closeUnsaved, .warning)
            return []
        }
        stack.removeLast(stack.count - browse)
        core.document = nil
        core.session.lock = .none
        core.session.stamp = nil
        return [.releaseLock(id), toOverview ? .loadOverview(on: core.session.today) : .list(selecting: id)]
    }

    /// The commands every screen shares: help, quit, undo, redo, save now.
    private mutating func perform(_ command: AppCommand) -> [Effect] {
        switch command {
        case .help:
            return apply(.push(HelpState(context: keyContext)))
        case .quit:
            return quit()
        case .undo:
            return apply(core.undo())
        case .redo:
            return core.redo()
        case .saveNow:
            return core.saveNow()
        case .switchLanguage:
            return switchLanguage(to: core.session.language.next)
        }
    }

    /// Speaks another language from this frame on: every screen on the stack re-worded (the
    /// panes rebuilt, the picker's filter matching the new phase names), the choice remembered.
    public mutating func switchLanguage(to language: Language) -> [Effect] {
        core.session.language = language
        core.companions.speak(language.rawValue)
        core.status = nil
        for i in stack.indices { stack[i].reconcile(core) }
        return [.saveLanguage(language)]
    }

    /// Quits, or asks what to do with changes that could not be saved.
    mutating func quit() -> [Effect] {
        guard core.session.unsaved else { return [.quit] }
        return apply(.push(DialogState(.quitUnsaved, core: core)))
    }

    /// Whether a form is open somewhere on the stack (what a draft would come from). It runs
    /// before every key, so each screen is asked where it lies in the stack's buffer, through its
    /// witness table (the array's subscript copied every screen out, and a type check copied it
    /// and asked the runtime for its dynamic type).
    public var hasOpenForm: Bool {
        stack.withUnsafeBufferPointer { modes in modes.indices.contains { modes[$0].screen.isForm } }
    }

    /// The draft to keep if the session ends now: the typed text of an open form, if any.
    public var draft: Draft? {
        guard let agreement else { return nil }
        return stack.reversed().lazy.compactMap { $0.as(FormState.self)?.draft(agreementID: agreement.id) }.first
    }
}
