import AgreementKit
import Foundation

/// Keeping the list of agreements tidy: the archive (`archive/`, hidden from the picker and the
/// overview, kept), the trash (`trash/`, where deleted agreements go) and renaming. Every file
/// is copied through the one atomic writer before its original is removed, so a crash leaves the
/// agreement whole in one place or both, never in none; a companion folder `<id>/` moves with
/// one rename. The agreement is locked meanwhile: one open in another session is refused.
extension AgreementStore {
    public var archivePath: String { "\(root)/archive" }
    public var trashPath: String { "\(root)/trash" }

    /// The path of an archived agreement's public file.
    public func archivedPath(of id: String) -> String { "\(archivePath)/\(StoreFiles.agreementFileName(id))" }

    /// The ids of the archived agreements, sorted.
    public func archivedIDs() -> [String] {
        ((try? fileSystem.list(archivePath)) ?? []).compactMap(StoreFiles.agreementID(fromFileName:)).sorted()
    }

    /// The archived agreements as summaries (read one by one: the archive has no index).
    public func archivedList() -> ListResult {
        var summaries: [AgreementSummary] = []
        var problems: [StoreError] = []
        for id in archivedIDs() {
            let file = archivedPath(of: id)
            do {
                let data = try fileSystem.read(file)
                summaries.append(AgreementSummary(try decodeAgreement(data, file: file)))
            } catch let error as StoreError {
                problems.append(error)
            } catch let error as FileSystemError {
                problems.append(StoreError(file: file, problem: .unreadable(error)))
            } catch {
                problems.append(StoreError(file: file, problem: .undecodable(path: "", detail: "\(error)")))
            }
        }
        return ListResult(summaries: summaries, problems: problems)
    }

    /// Moves an agreement into the archive.
    public func archive(_ id: String) throws(StartProblem) {
        if fileSystem.exists(archivedPath(of: id)) { throw .agreementExists(id, archived: true) }
        try locked(id) { () throws(StartProblem) in try moveFiles(of: id, from: root, to: archivePath) }
    }

    /// Brings an archived agreement back into the store.
    public func unarchive(_ id: String) throws(StartProblem) {
        guard fileSystem.exists(archivedPath(of: id)) else { throw .notArchived(id, known: archivedIDs()) }
        if fileSystem.exists(path(of: id)) { throw .agreementExists(id, archived: false) }
        try locked(id) { () throws(StartProblem) in try moveFiles(of: id, from: archivePath, to: root) }
    }

    /// Moves an agreement's files into a folder of its own in the trash,
    /// `trash/<id>-<yyyymmdd-hhmmss>/`, and returns that folder.
    @discardableResult
    public func trash(_ id: String, now: Date = Date()) throws(StartProblem) -> String {
        let stamp = ISOTimestamp.string(now).filter { $0.isNumber }.prefix(14)
        var folder = "\(trashPath)/\(id)-\(stamp.prefix(8))-\(stamp.dropFirst(8))"
        var n = 2
        while (try? fileSystem.info(folder, followingLinks: false)) != nil {
            folder = "\(trashPath)/\(id)-\(stamp.prefix(8))-\(stamp.dropFirst(8))-\(n)"
            n += 1
        }
        try locked(id) { () throws(StartProblem) in try moveFiles(of: id, from: root, to: folder) }
        return folder
    }

    /// Runs `body` holding the agreement's lock; refused when another session holds it.
    func locked(_ id: String, _ body: () throws(StartProblem) -> Void) throws(StartProblem) {
        switch AgreementLock.acquire(id: id, in: root) {
        case .heldElsewhere(let holder): throw .heldElsewhere(id: id, holder: holder)
        case .failed(let error): throw .store(error)
        case .acquired(let lock):
            defer { lock.release() }
            try body()
        }
    }

    /// Copies the public and private file of `id` from one folder to another (never over a file
    /// there), moves its companion folder, then removes the originals.
    func moveFiles(of id: String, from source: String, to destination: String, as newID: String? = nil) throws(StartProblem) {
        let target = newID ?? id
        let files = [(StoreFiles.agreementFileName(id), StoreFiles.agreementFileName(target), false),
                     (StoreFiles.privateFileName(id), StoreFiles.privateFileName(target), true)]
        do throws(FileSystemError) {
            try fileSystem.createDirectory(destination)
            var copied: [String] = []
            for (name, newName, isPrivate) in files {
                let from = "\(source)/\(name)"
                guard fileSystem.exists(from) else { continue }
                let data = try fileSystem.read(from)
                let mode = isPrivate ? 0o600 : (fileSystem.mode(from) ?? 0o644) & 0o777
                try fileSystem.write(data, to: "\(destination)/\(newName)", options: .newFile(permissions: mode))
                copied.append(from)
            }
            let folder = "\(source)/\(id)"
            if let info = try? fileSystem.info(folder, followingLinks: false), info.kind == .directory {
                try fileSystem.move(folder, to: "\(destination)/\(target)")
            }
            for from in copied { try fileSystem.remove(from) }
        } catch {
            if error.reason == .exists { throw .agreementExists(target, archived: destination == archivePath) }
            throw .store(StoreError(file: error.path, problem: .saveFailed(error)))
        }
    }
}
