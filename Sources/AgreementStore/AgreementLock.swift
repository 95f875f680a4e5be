#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// One session's claim to write an agreement, as git does it: `.<id>.lock` created with
/// O_CREAT|O_EXCL. A second session finds it and opens read-only; a lock left by a process
/// on this host that no longer runs is stale and taken over.
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
        /// Another live session holds it.
        case heldElsewhere(LockInfo)
        /// The lock could not be made (read-only folder …): open read-only with this reason.
        case failed(String)
    }

    /// Tries to take the lock of an agreement in a store folder.
    public static func acquire(id: String, in root: String, now: Date = Date()) -> Outcome {
        let path = "\(root)/.\(id).lock"
        let info = LockInfo(host: hostName(), pid: getpid(), since: timestamp(now))
        for _ in 0..<2 {
            switch create(path, info) {
            case .created:
                return .acquired(AgreementLock(path: path, info: info))
            case .exists:
                guard let holder = read(path) else {
                    // Unreadable or half-written by a crash: it holds nothing; replace it.
                    unlink(path)
                    continue
                }
                if holder.host == info.host && !isAlive(holder.pid) {
                    unlink(path)
                    continue
                }
                if holder.host == info.host && holder.pid == info.pid {
                    return .acquired(AgreementLock(path: path, info: info))
                }
                return .heldElsewhere(holder)
            case .failed(let reason):
                return .failed(reason)
            }
        }
        return .failed("kunne ikke ta låsen \(path)")
    }

    /// Gives the lock up; safe to call twice.
    public func release() {
        guard !released else { return }
        released = true
        if AgreementLock.read(path)?.pid == info.pid { unlink(path) }
    }

    deinit { release() }

    private enum Creation {
        case created
        case exists
        case failed(String)
    }

    private static func create(_ path: String, _ info: LockInfo) -> Creation {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if fd < 0 {
            let code = errno
            return code == EEXIST ? .exists : .failed(FileSystemError.explain(code, system: String(cString: strerror(code))))
        }
        defer { close(fd) }
        guard let data = try? JSONEncoder().encode(info) else { return .failed("kunne ikke skrive låsen") }
        let written = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if written != data.count {
            let code = errno
            unlink(path)
            return .failed(FileSystemError.explain(code, system: String(cString: strerror(code))))
        }
        return .created
    }

    static func read(_ path: String) -> LockInfo? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(LockInfo.self, from: data)
    }

    /// True if a process with this id runs (or exists but is not ours to signal).
    static func isAlive(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count) == 0 else { return "ukjent maskin" }
        return String(cString: buffer)
    }

    static func timestamp(_ date: Date) -> String {
        // strftime, not ISO8601DateFormatter: no ICU (about 4 MB of memory) at start-up.
        var seconds = time_t(date.timeIntervalSince1970)
        var parts = tm()
        localtime_r(&seconds, &parts)
        var buffer = [CChar](repeating: 0, count: 40)
        let n = strftime(&buffer, buffer.count, "%Y-%m-%dT%H:%M:%S%z", &parts)
        var text = String(decoding: buffer.prefix(n).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if text.hasSuffix("+0000") { text = String(text.dropLast(5)) + "Z" } else if text.count > 2 { text.insert(":", at: text.index(text.endIndex, offsetBy: -2)) }
        return text
    }
}
