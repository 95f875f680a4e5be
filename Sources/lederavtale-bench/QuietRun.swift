#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program with its output thrown away and waits for it with `waitpid`, for the timed
/// command-line rows of `run`. Foundation's `Process.waitUntilExit` on Linux looks at the child
/// every 50 ms from a run loop, which put up to 50 ms of polling into each `list` and `overview`
/// sample (129 ms measured for a 73 ms command).
enum QuietRun {
    /// Runs `binary` with `arguments`, its standard input, output and error on /dev/null; throws
    /// unless it exits 0.
    static func run(_ binary: String, _ arguments: [String]) throws {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        let argv: [UnsafeMutablePointer<CChar>?] = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, binary, &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchFailure("\(binary): cannot start it (\(String(cString: strerror(spawned))))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw BenchFailure("\(binary): waitpid failed (\(String(cString: strerror(errno))))") }
        }
        // Exited normally (the low seven bits zero) with code 0.
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else {
            throw BenchFailure("\(binary) \(arguments.joined(separator: " ")) ended with wait status \(status)")
        }
    }
}
