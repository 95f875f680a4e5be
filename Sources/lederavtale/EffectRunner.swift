import AgreementExport
import AgreementKit
import AgreementStore
import AgreementUI
import Foundation

/// Does the I/O the interface asks for, and keeps what that needs between effects: the lock of
/// the open agreement and the stamp of its file as last read or written.
final class EffectRunner {
    let store: AgreementStore
    private var lock: AgreementLock?
    private var expected: FileStamp?
    private(set) var openID: String?

    init(store: AgreementStore) {
        self.store = store
    }

    /// Claims an agreement just loaded: takes its lock and remembers its file's stamp.
    /// Returns why the session must be read-only, or nil; `warning` says when no lock could be
    /// made (a full disk): then the session stays writable, since refusing would only lose words.
    func opened(_ id: String, warning: inout String?) -> String? {
        lock?.release()
        lock = nil
        openID = id
        expected = store.stamp(of: id)
        switch AgreementLock.acquire(id: id, in: store.root) {
        case .acquired(let lock):
            self.lock = lock
            return nil
        case .heldElsewhere(let holder):
            return holder.readOnlyReason
        case .failed(let reason):
            warning = "Kunne ikke låse avtalen (\(reason)); en annen økt vil ikke se at den er åpen her"
            return nil
        }
    }

    /// Lets go of the lock (on quit).
    func close() {
        lock?.release()
        lock = nil
    }

    /// Performs one effect and returns the message that reports how it went (nil for quit).
    func perform(_ effect: Effect) -> Message? {
        switch effect {
        case .quit:
            return nil
        case .load(let id):
            do { return .agreementLoaded(try store.load(id)) } catch { return .loadFailed("\(error)") }
        case .reload(let id):
            do {
                let fresh = try store.load(id)
                expected = store.stamp(of: id)
                return .reloaded(fresh)
            } catch {
                return .loadFailed("\(error)")
            }
        case .save(let agreement):
            return save(agreement, expecting: expected)
        case .forceSave(let agreement):
            return save(agreement, expecting: nil)
        case .removeDraft(let id):
            store.removeDraft(for: id)
            return nil
        case .saveCopy(let agreement, let path):
            let absolute = Self.absolute(path)
            if FileManager.default.fileExists(atPath: absolute) {
                return .copyFailed("\(absolute) finnes allerede; velg et annet navn")
            }
            do {
                try store.writeFullCopy(agreement, to: absolute)
                return .copySaved(absolute)
            } catch {
                return .copyFailed("\(error)")
            }
        case .export(let agreement, let formatName, let isPublic, let path):
            guard let format = ExportFormat(rawValue: formatName) else { return .fileFailed("ukjent format «\(formatName)»") }
            let absolute = ExportFileWriter.absolutePath(path)
            do {
                let document = try AgreementExporter.export(agreement, as: format, isPublic: isPublic, separator: .semicolon, words: words)
                try ExportFileWriter.write(document.data, to: absolute, mode: document.fileMode, overwrite: false)
                let note = document.containsPersonalGoals ? " (modus 0600: inneholder punkt 4)" : (isPublic ? " (uten punkt 4)" : "")
                return .fileWritten(absolute + note)
            } catch {
                return .fileFailed("\(error)")
            }
        case .writeMinutes(let agreement, let kind, let date, let party, let path):
            let contents = MeetingMinutes.markdown(agreement, kind: kind, date: date, party: party, words: words)
            let privateFile = false
            let absolute = Self.absolute(path)
            // Never over an existing file: the user is asked for another name instead.
            if FileManager.default.fileExists(atPath: absolute) {
                return .fileFailed("\(absolute) finnes allerede; skriv igjen med et annet navn")
            }
            do {
                try store.fileSystem.writeAtomically(Data(contents.utf8), to: absolute, mode: privateFile ? 0o600 : 0o644)
                return .fileWritten(absolute + (privateFile ? " (modus 0600: inneholder punkt 4)" : ""))
            } catch {
                return .fileFailed("Kunne ikke skrive \(absolute): \(error.message)")
            }
        }
    }

    private func save(_ agreement: Agreement, expecting: FileStamp?) -> Message {
        do {
            expected = try store.save(agreement, expecting: expecting)
            return .saved(time: Self.clockTime())
        } catch {
            return error.changedOnDisk ? .saveConflict(error.message.prefix(1).uppercased() + error.message.dropFirst()) : .saveFailed(error.message)
        }
    }

    private static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
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
