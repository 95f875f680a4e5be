import AgreementKit
import Catalogue

extension AppState {
    /// How an effect went: the message the executable sent back.
    mutating func answer(_ message: Message) -> [Effect] {
        switch message {
        case .opened(let opened):
            return open(opened)
        case .openFailed(let reason):
            core.session.revealOnOpen = nil
            core.session.conversationOnOpen = false
            core.status = Status(reason, kind: .error)
        case .listed(let entries, let problems, let id):
            guard stack[0].is(PickerState.self) else { break }
            var picker = PickerState(entries: entries, words: core.words)
            if let id { picker.select(id) }
            stack[0] = Mode(picker)
            if let first = problems.first { core.say(.unreadableFiles(first: first, more: problems.count - 1), .error) }
        case .unreadableFiles(let problems):
            guard let first = problems.first else { break }
            core.say(.unreadableFiles(first: first, more: problems.count - 1), .error)
        case .saved(let stamp, let time, let changes):
            core.session.stamp = stamp
            core.session.unsynced = core.session.unsynced.map { $0 + changes }
            core.session.unsaved = false
            core.say(.saved(note: core.session.pendingNote, time: time))
            core.session.pendingNote = nil
        case .saveFailed(let reason):
            core.session.unsaved = true
            core.session.pendingNote = nil
            core.say(.notSaved(reason), .error)
        case .saveConflict(let reason):
            core.session.unsaved = true
            core.session.pendingNote = nil
            return apply(.push(DialogState(.conflict(reason))))
        case .reloaded(let fresh, let stamp):
            core.document?.reload(fresh)
            core.session.stamp = stamp
            core.session.unsaved = false
            core.say(.reloaded)
        case .copyWritten(let path):
            core.session.unsaved = false
            core.say(.copyWritten(path))
            if core.session.quitAfterCopy {
                core.session.exitNote = core.words.interface(.copyWritten(path))
                return [.quit]
            }
        case .copyFailed(let reason):
            core.session.quitAfterCopy = false
            core.say(.copyFailed(reason), .error)
        case .fileWritten(let path, let privateFile):
            core.say(.fileWritten(path, privateFile: privateFile))
        case .fileFailed(let reason):
            core.status = Status(reason, kind: .error)
        case .fileExists(let target, let path, let proposal):
            return apply(.push(DialogState(.fileExists(target, path: path, proposal: proposal), core: core)))
        case .lockAcquired(let fresh, let stamp):
            core.session.lock = .held
            if core.session.unsaved {
                // The screen holds a change the file lacks: keep it; saving checks the file's stamp.
                core.say(.lockRegainedUnsaved, .warning)
                return []
            }
            core.document?.reload(fresh)
            core.session.stamp = stamp
            core.say(.lockReleased)
        case .lockLost(let holder, let described):
            core.session.lock = .heldElsewhere(holder, described: described)
            core.session.unsaved = true
            core.session.pendingNote = nil
            core.say(.lockLost(described), .error)
        case .languageSaved:
            core.say(.languageSaved(core.words.languageName(core.session.language)))
        case .languageNotSaved(let reason):
            core.say(.languageNotSaved(core.words.languageName(core.session.language), reason: reason), .warning)
        case .tick:
            if core.session.isReadOnly, let id = agreement?.id { return [.watchLock(id, stamp: core.session.stamp)] }
        case .conversationSaved(let time):
            core.status = Status(core.words.conversation(.saved(time)))
        case .conversationSaveFailed(let reason):
            core.status = Status(core.words.conversation(.notSaved(reason)), kind: .error)
        case .overviewLoaded(let data):
            loadOverview(data)
        case .plansLoaded(let loaded):
            return apply(plansLoaded(loaded))
        case .created, .nextYearReady, .previousLog, .yearStartFailed:
            return answerYearStart(message)
        case .historyLoaded, .historyFailed, .synced:
            return answerTogether(message)
        case .key, .resized, .dayChanged:
            break
        }
        return []
    }

    /// Puts an opened agreement on the main screen (over the picker, if there is one).
    private mutating func open(_ opened: Opened) -> [Effect] {
        core.document = Document(opened.agreement)
        core.companions = opened.companions
        core.session.stamp = opened.stamp
        core.session.lock = opened.lock
        core.session.unsynced = opened.unsynced
        core.session.unsaved = false
        core.status = core.session.noteAfterOpen.map { Status($0) }
        core.session.noteAfterOpen = nil
        stack = screensBelowAnAgreement() + [Mode(BrowseState(core))]
        if let reveal = core.session.revealOnOpen {
            core.session.revealOnOpen = nil
            stack[stack.count - 1].reveal(reveal, core: &core)
        }
        var effects: [Effect] = []
        if core.session.conversationOnOpen {
            core.session.conversationOnOpen = false
            effects = apply(ConversationState.start(&core, backToOverview: true))
        }
        switch opened.lock {
        case .heldElsewhere(_, let described): core.say(.readOnlySession(described), .warning)
        case .unavailable(let reason): core.say(.lockUnavailable(reason), .warning)
        case .none, .held: break
        }
        if let note = opened.notes.first {
            core.status = Status(note, kind: .warning)
        }
        if let path = opened.unreadableDraft {
            core.say(.draftUnreadable(path), .warning)
        }
        if let path = opened.draftElsewhere {
            core.say(.draftFoundElsewhere(path), .warning)
        }
        if let draft = opened.draft {
            return effects + apply(.push(DialogState(.draft(draft), core: core)))
        }
        return effects
    }
}
