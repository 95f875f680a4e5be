import AgreementExport
import AgreementKit
import AgreementStore
import AgreementUI
import Catalogue
import Foundation
import TerminalCurses

/// Does the I/O the interface asks for and answers with a message. It holds what the operating
/// system hands out — the open agreement's lock — and the agreement as its file last was, never
/// the interface's state.
final class EffectRunner {
    let store: AgreementStore
    /// The session's language: what the runner words (errors, exports, minutes) follows a switch.
    private(set) var words: any Wording
    /// The session's language id, for the variants of templates, wheels and guides.
    private(set) var language: Language
    private var locks: [String: AgreementLock] = [:]
    /// The agreement as this session last read or wrote its file, under that file's stamp. A
    /// save records in the history what changed since; while the file still has this stamp the
    /// save diffs against this copy instead of reading and decoding the file again.
    private var lastOnDisk: (stamp: FileStamp, agreement: Agreement)?

    init(store: AgreementStore, language: Language) {
        // Saves come a keystroke apart: the index learns of them when the agreement is let go.
        var store = store
        store.indexing = .batched
        self.store = store
        self.words = language.words
        self.language = language
    }

    /// Lets go of every lock and writes what the index has not yet been told (on quit).
    func close() {
        for id in Array(locks.keys) { letGo(id) }
        store.flushIndex()
    }

    /// Performs one effect and returns the message that reports how it went (nil when none is due).
    func perform(_ effect: Effect) -> Message? {
        let message = answer(effect)
        switch message {
        case .opened(let opened)?: remember(opened.agreement, stamp: opened.stamp)
        case .reloaded(let agreement, let stamp)?, .lockAcquired(let agreement, let stamp)?: remember(agreement, stamp: stamp)
        default: break
        }
        return message
    }

    private func remember(_ agreement: Agreement, stamp: FileStamp?) {
        lastOnDisk = stamp.map { ($0, agreement) }
    }

    private func answer(_ effect: Effect) -> Message? {
        switch effect {
        case .quit:
            return nil
        case .open(let id):
            return open(id)
        case .reload(let id):
            do { return .reloaded(try store.load(id), stamp: store.stamp(of: id)) } catch { return .openFailed(words.storeError(error)) }
        case .save(let agreement, let expecting):
            return save(agreement, expecting: expecting)
        case .forceSave(let agreement):
            return save(agreement, expecting: nil)
        case .removeDraft(let id):
            store.removeDraft(for: id)
            return nil
        case .releaseLock(let id):
            letGo(id)
            return nil
        case .loadOverview(let date):
            do {
                let list = try store.list()
                let (summaries, problems) = (list.summaries, list.problems.map(words.storeError))
                _ = consume list
                // The store's wheels may date the steps of the year, as in the wheel view.
                return .overviewLoaded(OverviewData(summaries: consume summaries, problems: problems,
                                                    dates: StepDates(wheels: store.wheels().items), on: date))
            } catch {
                return .openFailed(words.storeError(error))
            }
        case .saveLanguage(let language):
            words = language.words
            self.language = language
            let config = ConfigStore()
            do {
                var settings = try config.load()
                settings.language = language.rawValue
                try config.save(settings)
                return .languageSaved
            } catch {
                return .languageNotSaved(words.storeError(error))
            }
        case .list(let id):
            do {
                let list = try store.list()
                let entries = list.summaries.map { PickerEntry(id: $0.id, unit: $0.unit, year: $0.year, phase: $0.phase, progress: $0.progress, municipality: $0.municipality) }
                return .listed(entries, problems: list.problems.map(words.storeError), selecting: id)
            } catch {
                return .openFailed(words.storeError(error))
            }
        case .writeCopy(let agreement, let path, let overwrite):
            do {
                let data = try store.fullCopyData(agreement)
                return write(data, to: path, mode: 0o600, overwrite: overwrite, target: .copy) { .copyWritten($0) }
            } catch {
                return .copyFailed(words.storeError(error))
            }
        case .export(let agreement, let format, let isPublic, let path, let overwrite):
            do {
                let document = try AgreementExporter.export(agreement, as: format, isPublic: isPublic, separator: .semicolon, words: words)
                return write(document.data, to: path, mode: document.fileMode, overwrite: overwrite, target: .export(format, isPublic: isPublic)) {
                    .fileWritten($0, privateFile: document.containsPersonalGoals)
                }
            } catch {
                return .fileFailed(error.message(words))
            }
        case .loadPlans(let request):
            return .plansLoaded(loadPlans(request))
        case .saveConversation(let conversation):
            do {
                try store.save(conversation)
                return .conversationSaved(time: Self.clockTime())
            } catch {
                return .conversationSaveFailed(words.storeProblem(error.problem))
            }
        case .rememberConversationStep(let conversation):
            do {
                try store.save(conversation)
                return nil
            } catch {
                return .conversationSaveFailed(words.storeProblem(error.problem))
            }
        case .writeConversationMinutes(let conversation, let guide, let earlier, let agreement, let path):
            return writeConversationMinutes(conversation, guide: guide, earlier: earlier, agreement: agreement, path: path)
        case .writeMinutes(let agreement, let kind, let date, let party, let path, let overwrite):
            let contents = MeetingMinutes.markdown(agreement, kind: kind, date: date, party: party, words: words)
            return write(Data(contents.utf8), to: path, mode: 0o644, overwrite: overwrite, target: .minutes(kind, date: date, party: party)) {
                .fileWritten($0, privateFile: false)
            }
        case .watchLock(let id, let stamp):
            return watchLock(id, stamp: stamp)
        case .takeOverLock(let id, let holder):
            do {
                let lock = try AgreementLock.takeOver(id: id, in: store.root, from: holder)
                hold(lock, for: id)
                return .lockAcquired(try store.load(id), stamp: store.stamp(of: id))
            } catch {
                return .openFailed(words.storeError(error))
            }
        case .createAgreement, .prepareNextYear, .createNextYear, .loadPreviousLog:
            return performYearStart(effect, words: words)
        case .loadHistory(let id, let field):
            do { return .historyLoaded(field, try store.history(of: id)) } catch { return .historyFailed(words.storeError(error)) }
        case .sync(let id, let party):
            // The session runs a sync beside the interface (`BackgroundSync`); here it is done at once.
            return Self.sync(id, party: party, store: store, words: words)
        }
    }

    /// Writes a file the user asked for: a new one unless `overwrite`. A name that is taken is
    /// answered with `.fileExists` and the next free name beside it, for the user to choose.
    private func write(_ data: Data, to path: String, mode: UInt32, overwrite: Bool, target: FileTarget,
                       written: (String) -> Message) -> Message {
        let absolute = ExportFileWriter.absolutePath(path)
        do {
            try ExportFileWriter.write(data, to: absolute, mode: mode, overwrite: overwrite)
            return written(absolute)
        } catch .fileExists {
            return .fileExists(target, path: absolute, proposal: OutputPaths.nextFree(absolute))
        } catch {
            let reason = error.message(words)
            if case .copy = target { return .copyFailed(reason) }
            return .fileFailed(reason)
        }
    }

    /// A read-only session's look between keys: the lock let go (or left by a dead session) is
    /// taken and the agreement read again; a file changed by its holder is read again.
    private func watchLock(_ id: String, stamp: FileStamp?) -> Message? {
        let status = AgreementLock.status(id: id, in: store.root)
        if status == nil || status?.state.isStale == true, case .acquired(let lock) = AgreementLock.acquire(id: id, in: store.root) {
            hold(lock, for: id)
            do { return .lockAcquired(try store.load(id), stamp: store.stamp(of: id)) } catch { return .openFailed(words.storeError(error)) }
        }
        let now = store.stamp(of: id)
        guard now != stamp else { return nil }
        do { return .reloaded(try store.load(id), stamp: now) } catch { return .openFailed(words.storeError(error)) }
    }

    /// `.lockLost` when another live session has taken over the lock this session held (the user
    /// there was asked): this session must not save any more.
    private func lockTakenOver(_ id: String) -> Message? {
        guard let lock = locks[id], let holder = AgreementLock.status(id: id, in: store.root)?.holder, holder != lock.info else { return nil }
        let state = AgreementLock.state(of: holder)
        guard !state.isStale else { return nil }
        locks.removeValue(forKey: id)
        TerminalSignals.keepOnEmergencyExit(lock.path)
        return .lockLost(holder, described: words.heldElsewhere(holder, state: state, now: Date()))
    }

    /// Keeps a lock this session took, and has the watchdog remove it if the process must die.
    private func hold(_ lock: AgreementLock, for id: String) {
        locks[id] = lock
        TerminalSignals.removeOnEmergencyExit(lock.path)
    }

    /// Lets go of a lock and of the watchdog's claim on its file; the index is told of the
    /// agreement's saves.
    private func letGo(_ id: String) {
        guard let lock = locks.removeValue(forKey: id) else { return }
        store.flushIndex()
        TerminalSignals.keepOnEmergencyExit(lock.path)
        lock.release()
    }

    /// Loads an agreement, takes its lock (letting go of the one held before), stamps its file
    /// and looks for a draft a dead session left.
    private func open(_ id: String) -> Message {
        let agreement: Agreement
        var notes: [StoreError] = []
        do { agreement = try store.load(id, notes: &notes) } catch { return .openFailed(words.storeError(error)) }
        for held in Array(locks.keys) where held != id { letGo(held) }
        let stamp = store.stamp(of: id)
        var lock = SessionLock.held
        if locks[id] == nil {
            switch AgreementLock.acquire(id: id, in: store.root) {
            case .acquired(let acquired): hold(acquired, for: id)
            case .heldElsewhere(let holder):
                lock = .heldElsewhere(holder, described: words.heldElsewhere(holder, state: AgreementLock.state(of: holder), now: Date()))
            case .failed(let error): lock = .unavailable(words.storeError(error))
            }
        }
        var draft: Draft?
        var unreadable: String?
        var elsewhere: String?
        if let found = store.findDraft(for: id) {
            draft = Draft.decode(found.data).flatMap { $0.agreementID == id ? $0 : nil }
            if draft == nil { unreadable = found.location.path }
            if found.location.isFallback { elsewhere = found.location.path }
        }
        return .opened(Opened(agreement: agreement, stamp: stamp, lock: lock, draft: draft, unreadableDraft: unreadable,
                              draftElsewhere: elsewhere, notes: notes.map(words.storeError), companions: companions(of: id),
                              unsynced: unsyncedChanges(of: id)))
    }

    private func save(_ agreement: Agreement, expecting: FileStamp?) -> Message {
        if let lost = lockTakenOver(agreement.id) { return lost }
        do {
            var report = SaveReport()
            let previous = lastOnDisk.flatMap { $0.stamp == expecting && $0.agreement.id == agreement.id ? $0.agreement : nil }
            let stamp = try store.save(agreement, expecting: expecting, previous: previous, report: &report)
            remember(agreement, stamp: stamp)
            return .saved(stamp: stamp, time: Self.clockTime(), changes: report.recorded)
        } catch {
            let reason = words.storeProblem(error.problem)
            return error.changedOnDisk ? .saveConflict(reason) : .saveFailed(reason)
        }
    }

    /// Local wall-clock time "10:42" from the C library: a DateFormatter would load ICU's
    /// calendar data, about 5 MB of memory, for two numbers.
    static func clockTime() -> String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return (parts.tm_hour < 10 ? "0" : "") + String(parts.tm_hour) + ":" + (parts.tm_min < 10 ? "0" : "") + String(parts.tm_min)
    }
}
