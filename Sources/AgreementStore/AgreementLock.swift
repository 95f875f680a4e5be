import Foundation

/// One session's claim to write an agreement, as git does it: `.<id>.lock`, created so that it
/// fails if the name is taken (through the writer: complete content, link()). A second session
/// finds it and opens read-only; a lock whose holder is gone — a dead process, a process id
/// reused since, a machine rebooted since, a garbled file — is taken over. A live holder's or
/// another machine's lock is taken over only when the user confirms (`takeOver`).
public final class AgreementLock: @unchecked Sendable {
    public let path: String
    public let info: LockInfo
    private var released = false

    private init(path: String, info: LockInfo) {
        self.path = path
        self.info = info
    }

    /// The outcome of trying to lock.
    public enum Outcome {
        case acquired(AgreementLock)
        /// Another live session (or another machine) holds it.
        case heldElsewhere(LockInfo)
        /// The lock could not be made (read-only folder …): open read-only with this reason.
        case failed(StoreError)
    }

    /// The path of an agreement's lock in a store folder.
    public static func path(id: String, in root: String) -> String { "\(root)/.\(id).lock" }

    /// This process's claim, as written into the lock file.
    public static func currentHolder(now: Date = Date()) -> LockInfo {
        let pid = getpid()
        return LockInfo(host: ProcessIdentity.hostName(), pid: pid, since: ISOTimestamp.string(now),
                        bootID: ProcessIdentity.bootID(), processStart: ProcessIdentity.startTime(of: pid))
    }

    /// Tries to take the lock of an agreement in a store folder.
    public static func acquire(id: String, in root: String, now: Date = Date()) -> Outcome {
        let path = path(id: id, in: root)
        let info = currentHolder(now: now)
        for _ in 0..<3 {
            switch create(path, info) {
            case .created:
                return .acquired(AgreementLock(path: path, info: info))
            case .failed(let error):
                return .failed(StoreError(file: path, problem: .lockFailed(error)))
            case .exists:
                let status = status(at: path, id: id)
                if let holder = status.holder, isOurs(holder) {
                    return .acquired(AgreementLock(path: path, info: holder))
                }
                if status.state.isStale {
                    if case .failure(let error) = retire(path, expecting: status.holder) {
                        if case .lockChanged(let other) = error.problem { return .heldElsewhere(other) }
                        return .failed(error)
                    }
                    continue
                }
                guard let holder = status.holder else { continue }
                return .heldElsewhere(holder)
            }
        }
        return .failed(StoreError(file: path, problem: .lockFailed(FileSystemError(path: path, reason: .exists))))
    }

    /// Takes the lock from `holder` after the user confirmed it (a session on another machine, or
    /// one that hangs): fails with `.lockChanged` if the lock is no longer `holder`'s.
    public static func takeOver(id: String, in root: String, from holder: LockInfo, now: Date = Date()) throws(StoreError) -> AgreementLock {
        let path = path(id: id, in: root)
        if case .failure(let error) = retire(path, expecting: holder) { throw error }
        switch acquire(id: id, in: root, now: now) {
        case .acquired(let lock): return lock
        case .heldElsewhere(let other): throw StoreError(file: path, problem: .lockChanged(other))
        case .failed(let error): throw error
        }
    }

    /// The lock of an agreement and the state of its holder, or nil when it is not locked.
    public static func status(id: String, in root: String, fileSystem: any FileSystem = LiveFileSystem()) -> LockStatus? {
        let path = path(id: id, in: root)
        guard (try? fileSystem.info(path, followingLinks: false)) != nil else { return nil }
        return status(at: path, id: id, fileSystem: fileSystem)
    }

    /// Every lock in a store folder, by agreement id (for `check`).
    public static func locks(in root: String, fileSystem: any FileSystem = LiveFileSystem()) -> [LockStatus] {
        let names = ((try? fileSystem.list(root)) ?? []).sorted()
        return names.compactMap { name -> LockStatus? in
            guard name.hasPrefix("."), name.hasSuffix(".lock"), name.count > 6 else { return nil }
            let id = String(name.dropFirst().dropLast(5))
            return status(at: "\(root)/\(name)", id: id, fileSystem: fileSystem)
        }
    }

    /// Gives the lock up, if it is still ours; safe to call twice.
    public func release() {
        guard !released else { return }
        released = true
        if let holder = AgreementLock.read(path), holder.pid == info.pid, holder.host == info.host { unlink(path) }
    }

    deinit { release() }

    // MARK: Inside

    private enum Creation {
        case created
        case exists
        case failed(FileSystemError)
    }

    private static func create(_ path: String, _ info: LockInfo) -> Creation {
        guard let data = try? StoreCoding.encode(info) else { return .failed(FileSystemError(path: path, reason: .other)) }
        do {
            try LiveFileSystem().write(data, to: path, options: .newFile(permissions: 0o644))
            return .created
        } catch {
            return error.reason == .exists ? .exists : .failed(error)
        }
    }

    /// Moves a stale or confirmed lock out of the way: renamed aside first (only one process can
    /// move a given file), then checked to be the one judged; a fresh lock moved by mistake is put back.
    private static func retire(_ path: String, expecting holder: LockInfo?) -> Result<Void, StoreError> {
        let aside = "\(path).taken-\(AtomicWriter.randomSuffix())"
        guard rename(path, aside) == 0 else {
            if errno == ENOENT { return .success(()) }
            return .failure(StoreError(file: path, problem: .lockFailed(FileSystemError.current(path))))
        }
        let moved = read(aside)
        if moved != holder {
            // Someone locked it in between: give it back (link fails if yet another lock appeared).
            link(aside, path)
            unlink(aside)
            if let moved { return .failure(StoreError(file: path, problem: .lockChanged(moved))) }
            return .success(())
        }
        unlink(aside)
        return .success(())
    }

    static func status(at path: String, id: String, fileSystem: any FileSystem = LiveFileSystem()) -> LockStatus {
        guard let data = try? fileSystem.read(path, limit: 64 * 1024), let holder = try? StoreCoding.decode(LockInfo.self, from: data) else {
            return LockStatus(id: id, path: path, holder: nil, state: .unreadable)
        }
        return LockStatus(id: id, path: path, holder: holder, state: state(of: holder))
    }

    /// Whether `holder` still holds the lock, as far as this machine can tell.
    public static func state(of holder: LockInfo) -> LockState {
        guard holder.host == ProcessIdentity.hostName() else { return .otherHost }
        if let boot = holder.bootID, let current = ProcessIdentity.bootID(), boot != current { return .previousBoot }
        guard ProcessIdentity.isAlive(holder.pid) else { return .dead }
        if let start = holder.processStart, let now = ProcessIdentity.startTime(of: holder.pid), start != now { return .processIDReused }
        return .live
    }

    private static func isOurs(_ holder: LockInfo) -> Bool {
        holder.host == ProcessIdentity.hostName() && holder.pid == getpid()
            && (holder.processStart == nil || holder.processStart == ProcessIdentity.startTime(of: getpid()))
    }

    static func read(_ path: String) -> LockInfo? {
        guard let data = try? LiveFileSystem().read(path, limit: 64 * 1024) else { return nil }
        return try? StoreCoding.decode(LockInfo.self, from: data)
    }

    /// True if a process with this id runs (or exists but is not ours to signal).
    static func isAlive(_ pid: Int32) -> Bool { ProcessIdentity.isAlive(pid) }

    static func hostName() -> String { ProcessIdentity.hostName() }

    static func timestamp(_ date: Date) -> String { ISOTimestamp.string(date) }
}
