import AgreementExport
import AgreementKit
import AgreementStore
import AgreementUI
import Catalogue
import Foundation

/// Does the I/O the interface asks for and answers with a message. It holds only what the
/// operating system hands out — the open agreement's lock — never the interface's state.
final class EffectRunner {
    let store: AgreementStore
    private let words: any Wording
    private var locks: [String: AgreementLock] = [:]

    init(store: AgreementStore, words: any Wording) {
        self.store = store
        self.words = words
    }

    /// Lets go of every lock (on quit).
    func close() {
        for lock in locks.values { lock.release() }
        locks.removeAll()
    }

    /// Performs one effect and returns the message that reports how it went (nil when none is due).
    func perform(_ effect: Effect) -> Message? {
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
            locks.removeValue(forKey: id)?.release()
            return nil
        case .list(let id):
            do {
                let list = try store.list()
                let entries = list.summaries.map { PickerEntry(id: $0.id, unit: $0.unit, year: $0.year, phase: $0.phase, progress: $0.progress, municipality: $0.municipality) }
                return .listed(entries, problems: list.problems.map(words.storeError), selecting: id)
            } catch {
                return .openFailed(words.storeError(error))
            }
        case .writeCopy(let agreement, let path):
            let absolute = ExportFileWriter.absolutePath(path)
            do {
                let data = try store.fullCopyData(agreement)
                try ExportFileWriter.write(data, to: absolute, mode: 0o600, overwrite: false)
                return .copyWritten(absolute)
            } catch let error as StoreError {
                return .copyFailed(words.storeError(error))
            } catch let error as ExportError {
                return .copyFailed(error.message(words))
            } catch {
                return .copyFailed("\(absolute): \(error)")
            }
        case .export(let agreement, let format, let isPublic, let path):
            let absolute = ExportFileWriter.absolutePath(path)
            do {
                let document = try AgreementExporter.export(agreement, as: format, isPublic: isPublic, separator: .semicolon, words: words)
                try ExportFileWriter.write(document.data, to: absolute, mode: document.fileMode, overwrite: false)
                return .fileWritten(absolute, privateFile: document.containsPersonalGoals)
            } catch {
                return .fileFailed(error.message(words))
            }
        case .writeMinutes(let agreement, let kind, let date, let party, let path):
            let absolute = ExportFileWriter.absolutePath(path)
            do {
                let contents = MeetingMinutes.markdown(agreement, kind: kind, date: date, party: party, words: words)
                try ExportFileWriter.write(Data(contents.utf8), to: absolute, mode: 0o644, overwrite: false)
                return .fileWritten(absolute, privateFile: false)
            } catch {
                return .fileFailed(error.message(words))
            }
        case .createAgreement, .prepareNextYear, .createNextYear, .loadPreviousLog:
            return performYearStart(effect, words: words)
        }
    }

    /// Loads an agreement, takes its lock (letting go of the one held before), stamps its file
    /// and looks for a draft a dead session left.
    private func open(_ id: String) -> Message {
        let agreement: Agreement
        do { agreement = try store.load(id) } catch { return .openFailed(words.storeError(error)) }
        for (held, lock) in locks where held != id { lock.release() }
        locks = locks.filter { $0.key == id }
        let stamp = store.stamp(of: id)
        var lock = SessionLock.held
        if locks[id] == nil {
            switch AgreementLock.acquire(id: id, in: store.root) {
            case .acquired(let acquired): locks[id] = acquired
            case .heldElsewhere(let holder):
                lock = .heldElsewhere(holder, described: words.heldElsewhere(holder, state: AgreementLock.state(of: holder), now: Date()))
            case .failed(let error): lock = .unavailable(words.storeError(error))
            }
        }
        var draft: Draft?
        var unreadable: String?
        if let data = store.draft(for: id) {
            draft = Draft.decode(data).flatMap { $0.agreementID == id ? $0 : nil }
            if draft == nil { unreadable = store.draftPath(of: id) }
        }
        return .opened(Opened(agreement: agreement, stamp: stamp, lock: lock, draft: draft, unreadableDraft: unreadable))
    }

    private func save(_ agreement: Agreement, expecting: FileStamp?) -> Message {
        do {
            let stamp = try store.save(agreement, expecting: expecting)
            return .saved(stamp: stamp, time: Self.clockTime())
        } catch {
            let reason = words.storeProblem(error.problem)
            return error.changedOnDisk ? .saveConflict(reason) : .saveFailed(reason)
        }
    }

    /// Local wall-clock time "10:42" from the C library: a DateFormatter would load ICU's
    /// calendar data, about 5 MB of memory, for two numbers.
    private static func clockTime() -> String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return (parts.tm_hour < 10 ? "0" : "") + String(parts.tm_hour) + ":" + (parts.tm_min < 10 ? "0" : "") + String(parts.tm_min)
    }
}
