import Synchronization

/// The stamps of the history files this store wrote last (shared by copies of the store): a
/// history file that still has the stamp of the store's own last write is known to be as the
/// store writes it, so the next record is appended without parsing the whole file again — a
/// year of saves made every save parse every earlier record.
final class HistoryStamps: Sendable {
    private let stamps = Mutex<[String: FileStamp]>([:])

    /// True when `stamp` is the one the store gave `path` at its last write there.
    func wroteLast(_ path: String, stamp: FileStamp?) -> Bool {
        guard let stamp else { return false }
        return stamps.withLock { $0[path] == stamp }
    }

    /// Remembers the stamp a write gave `path` (nil forgets it). Bounded: a store writes a few
    /// agreements' histories in a session.
    func wrote(_ path: String, stamp: FileStamp?) {
        stamps.withLock { known in
            if known.count >= 256 { known.removeAll() }
            known[path] = stamp
        }
    }
}
