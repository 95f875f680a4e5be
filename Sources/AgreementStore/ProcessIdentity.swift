#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What identifies a process beyond its id, which the system reuses: the machine's boot id and
/// the process's start time (Linux `/proc`; nil elsewhere).
enum ProcessIdentity {
    /// `/proc/sys/kernel/random/boot_id`, changed by every boot.
    static func bootID() -> String? {
        guard let text = smallFile("/proc/sys/kernel/random/boot_id") else { return nil }
        let trimmed = text.filter { !$0.isWhitespace }
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Field 22 of `/proc/<pid>/stat`: clock ticks from boot to the process's start.
    static func startTime(of pid: Int32) -> UInt64? {
        guard let text = smallFile("/proc/\(pid)/stat"), let close = text.lastIndex(of: ")") else { return nil }
        // The command name (field 2) may hold spaces and parentheses: count from the last ")".
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 19 else { return nil }
        return UInt64(fields[19])
    }

    /// True if a process with this id runs (or exists but is not ours to signal).
    static func isAlive(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }

    static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count) == 0 else { return "" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func smallFile(_ path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        var count = 0
        while count < buffer.count {
            let n = buffer[count...].withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            count += n
        }
        return String(decoding: buffer.prefix(count), as: UTF8.self)
    }
}
