#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The store index's advisory lock (`flock` on `.index.flock`): held while a process reads and
/// rewrites the index's delta, so two saves at once do not lose each other's entry. The kernel
/// lets go when the process dies, so it never goes stale. Losing it costs only speed — every
/// index entry is checked against its file's stamp before use — so a lock not had within the
/// wait is done without.
enum IndexLock {
    /// Runs `body` holding the lock of the store at `root`, waiting at most `wait` seconds for it.
    static func withLock<T>(in root: String, wait: Double = 0.2, _ body: () -> T) -> T {
        let fd = open("\(root)/\(StoreIndex.lockFileName)", O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, 0o644)
        guard fd >= 0 else { return body() }
        defer { close(fd) }
        var waited = 0.0
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, waited < wait else { return body() }
            usleep(2_000)
            waited += 0.002
        }
        defer { flock(fd, LOCK_UN) }
        return body()
    }
}
