#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A program run to its end with `posix_spawn` and `waitpid`, its output and errors caught in
/// unlinked temporary files (no pipe can fill up and block it), standard input /dev/null, no
/// descriptor of ours passed on, the signals at their defaults.
///
/// Foundation's `Process` did this before: on Linux it watches for the child's end from a run
/// loop that looks every 50 ms, and it brings Dispatch, the run loop and its own code along —
/// the first save of a session (which asks git who is at work) took that wait and 3 MB of the
/// binary's pages with it.
enum ChildProcess {
    /// How the program ended.
    struct Ending {
        /// The exit code; 128 + the signal's number when a signal ended it.
        var status: Int32
        var output: Data
        var error: Data
        /// True when it ran past its time and was stopped.
        var timedOut = false
    }

    /// Runs `executable` with `arguments` and exactly `environment`; stops it after `timeout`
    /// seconds (SIGTERM, then SIGKILL two seconds later). Throws a description when it cannot start.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String], timeout: Int?) throws(ChildProcessError) -> Ending {
        let output = try scratchFile(), error = try scratchFile()
        defer {
            close(output)
            close(error)
        }
        let pid = try start([executable] + arguments, environment: environment, output: output, error: error)
        var ending = Ending(status: -1, output: Data(), error: Data())
        if let timeout, let status = wait(for: pid, seconds: Double(timeout)) {
            ending.status = status
        } else if timeout != nil {
            // Stopped, and not waited for beyond a moment: what it started (ssh) may linger on its own.
            kill(pid, SIGTERM)
            if wait(for: pid, seconds: 2) == nil {
                kill(pid, SIGKILL)
                _ = wait(for: pid, seconds: 1)
            }
            ending.timedOut = true
        } else {
            ending.status = wait(for: pid)
        }
        ending.output = contents(of: output)
        ending.error = contents(of: error)
        return ending
    }

    /// Starts `arguments[0]` (looked up in PATH with `searchPath`) as a shell would: standard input
    /// from /dev/null, standard output and error into the descriptors given, no other descriptor of
    /// ours inherited, an empty signal mask and default handlers (a child of a thread that blocks
    /// SIGTERM or SIGCHLD would otherwise inherit that). Returns its process id; does not wait.
    /// `closingFrom: false` takes the fallback where glibc's close-from is there too (for tests).
    static func start(_ arguments: [String], environment: [String: String], output: Int32, error: Int32,
                      searchPath: Bool = false, closingFrom: Bool = true) throws(ChildProcessError) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, error, 2)
        if closingFrom, let closeFrom { _ = closeFrom(&actions, 3) } else { closeOnExec() }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var mask = sigset_t(), defaults = sigset_t()
        sigemptyset(&mask)
        sigemptyset(&defaults)
        for signal in Int32(1)..<32 where signal != SIGKILL && signal != SIGSTOP { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = searchPath
            ? posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
            : posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw ChildProcessError("\(arguments[0]) could not be started: \(String(cString: strerror(spawned)))") }
        return pid
    }

    /// glibc's posix_spawn_file_actions_addclosefrom_np (2.34+), which Swift does not import; nil
    /// where it cannot be looked up (a static executable), and then `closeOnExec()` does its work.
    private typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    private static let closeFrom: CloseFrom? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np")
        .map { unsafeBitCast($0, to: CloseFrom.self) }

    /// Waits for the child's end as long as it takes; its exit code.
    private static func wait(for pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return -1 }
        }
        return code(status)
    }

    /// Waits for the child's end at most `seconds`, looking at first every 0.1 ms and at most every
    /// 5 ms; its exit code, or nil when it still runs.
    private static func wait(for pid: pid_t, seconds: Double) -> Int32? {
        var status: Int32 = 0
        var slept = 0.0, pause = 0.0001
        while true {
            let ended = waitpid(pid, &status, WNOHANG)
            if ended == pid { return code(status) }
            if ended < 0, errno != EINTR { return -1 }
            if slept >= seconds { return nil }
            var time = timespec(tv_sec: 0, tv_nsec: Int(pause * 1_000_000_000))
            nanosleep(&time, nil)
            slept += pause
            pause = min(pause * 2, 0.005)
        }
    }

    /// The exit code of a wait status: the code when it exited, 128 + the signal when one ended it.
    private static func code(_ status: Int32) -> Int32 {
        status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + status & 0x7f
    }

    /// An unlinked temporary file, open for reading and writing, closed on exec.
    private static func scratchFile() throws(ChildProcessError) -> Int32 {
        let folder = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array("\(folder)/lederavtale-git-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw ChildProcessError("cannot create a temporary file in \(folder): \(String(cString: strerror(errno)))") }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        return descriptor
    }

    /// Everything written to a scratch file.
    private static func contents(of descriptor: Int32) -> Data {
        var data = Data()
        guard lseek(descriptor, 0, SEEK_SET) == 0 else { return data }
        var info = stat()
        let size = fstat(descriptor, &info) == 0 ? max(0, Int(info.st_size)) : 0
        data.reserveCapacity(size)
        _ = DescriptorReader.read(descriptor, expecting: size) { bytes in
            data.append(contentsOf: bytes)
            return true
        }
        return data
    }

    /// Marks every descriptor above standard error close-on-exec, so the child gets none of ours
    /// (an agreement's lock, the terminal's files): the children are git and ssh, which want none.
    /// Only where `closeFrom` is missing: it changes our descriptors' flags for good.
    private static func closeOnExec() {
        guard let folder = opendir("/proc/self/fd") else { return }
        defer { closedir(folder) }
        let own = dirfd(folder)
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard let descriptor = Int32(name), descriptor > 2, descriptor != own else { continue }
            let flags = fcntl(descriptor, F_GETFD)
            if flags >= 0, flags & FD_CLOEXEC == 0 { _ = fcntl(descriptor, F_SETFD, flags | FD_CLOEXEC) }
        }
    }
}

/// Why a program could not be started.
struct ChildProcessError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
