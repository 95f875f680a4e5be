import Foundation

/// Who holds an agreement open for writing (the lock file's content, a small JSON object): host,
/// process and since when, and — to tell a live holder from a process id reused after a crash
/// or a reboot — the machine's boot id and the process's start time.
public struct LockInfo: Equatable, Sendable, Codable {
    public var host: String
    public var pid: Int32
    /// ISO 8601 timestamp with offset.
    public var since: String
    /// `/proc/sys/kernel/random/boot_id` of the holder's machine when it took the lock.
    public var bootID: String?
    /// The holder's start time in clock ticks after boot (`/proc/<pid>/stat`, field 22).
    public var processStart: UInt64?

    public init(host: String, pid: Int32, since: String, bootID: String? = nil, processStart: UInt64? = nil) {
        self.host = host
        self.pid = pid
        self.since = since
        self.bootID = bootID
        self.processStart = processStart
    }

    /// When the lock was taken, from `since` (nil if it cannot be read).
    public var sinceDate: Date? { ISOTimestamp.date(since) }

    /// How long the lock has been held at `now`, in whole seconds (nil if `since` cannot be read).
    public func age(at now: Date = Date()) -> Int? {
        sinceDate.map { max(0, Int(now.timeIntervalSince($0))) }
    }
}

/// What a lock file says about its holder.
public enum LockState: Equatable, Sendable {
    /// A running session on this machine (or this process itself).
    case live
    /// Held by a session on another machine (a shared folder): it cannot be checked from here.
    case otherHost
    /// The process is gone.
    case dead
    /// The process id now belongs to another process (started after the lock was taken).
    case processIDReused
    /// The machine has restarted since the lock was taken.
    case previousBoot
    /// The lock file cannot be read (half-written by a crash, garbled).
    case unreadable

    /// True when nobody holds the agreement any more: the lock may be taken over without asking.
    public var isStale: Bool {
        switch self {
        case .dead, .processIDReused, .previousBoot, .unreadable: true
        case .live, .otherHost: false
        }
    }
}

/// A lock file found in a store: whose it is and whether the holder still runs.
public struct LockStatus: Equatable, Sendable {
    /// The agreement's id.
    public var id: String
    public var path: String
    /// nil when the file cannot be read.
    public var holder: LockInfo?
    public var state: LockState

    public init(id: String, path: String, holder: LockInfo?, state: LockState) {
        self.id = id
        self.path = path
        self.holder = holder
        self.state = state
    }
}
