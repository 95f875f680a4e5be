import AgreementKit
import AgreementStore

/// How a sync in the app went: git's report, the open agreement as the merge left it (nil when
/// the merge did not touch its file) and its changes still not on the remote.
public struct Synced: Equatable, Sendable {
    public var report: SyncReport
    /// The agreement read again after the merge changed its file.
    public var agreement: Agreement?
    public var stamp: FileStamp?
    /// The agreement's changes not on the remote yet; nil when the store is not a git work tree.
    public var unsynced: Int?

    public init(report: SyncReport, agreement: Agreement? = nil, stamp: FileStamp? = nil, unsynced: Int? = nil) {
        self.report = report
        self.agreement = agreement
        self.stamp = stamp
        self.unsynced = unsynced
    }
}
