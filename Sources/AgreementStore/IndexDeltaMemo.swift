import Synchronization

/// The index's delta as this store last wrote it (shared by copies of the store): its entries and
/// each entry's compact JSON, under the stamp the write gave the file. A save whose delta still
/// has that stamp neither reads nor parses the file, and encodes only its own entry — the delta
/// holds up to 16 summaries, and encoding all of them again was a third of a save's work.
final class IndexDeltaMemo: Sendable {
    struct Written {
        var path: String
        var stamp: FileStamp
        var index: StoreIndex
        /// Each entry's compact JSON, by agreement id.
        var encoded: [String: [UInt8]]
    }

    private let written = Mutex<Written?>(nil)

    /// What was written at `path`, when the file still has the stamp of that write.
    func current(at path: String, stamp: FileStamp?) -> Written? {
        guard let stamp else { return nil }
        return written.withLock { memo in memo.flatMap { $0.path == path && $0.stamp == stamp ? $0 : nil } }
    }

    /// Remembers a write (nil forgets the last one: a write that failed may have changed the file).
    func remember(_ write: Written?) {
        written.withLock { $0 = write }
    }
}
