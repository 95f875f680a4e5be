import Foundation

/// Who holds an agreement open for writing: host, process and since when (the lock file's content).
public struct LockInfo: Equatable, Sendable, Codable {
    public var host: String
    public var pid: Int32
    /// ISO 8601 timestamp with offset.
    public var since: String

    public init(host: String, pid: Int32, since: String) {
        self.host = host
        self.pid = pid
        self.since = since
    }

    /// "skrivebeskyttet – åpen i en annen økt (maskin, prosess 123, siden 2011-03-14T10:42:00+01:00)".
    public var readOnlyReason: String {
        "skrivebeskyttet – åpen i en annen økt (\(host), prosess \(pid), siden \(Self.display(since)))"
    }

    private static func display(_ iso: String) -> String {
        // 2011-03-14T10:42:05+01:00 → 14.03.2011 10:42
        let parts = iso.split(separator: "T")
        guard parts.count == 2 else { return iso }
        let d = parts[0].split(separator: "-")
        guard d.count == 3 else { return iso }
        return "\(d[2]).\(d[1]).\(d[0]) \(parts[1].prefix(5))"
    }
}
