/// When a save's summary goes into the index's delta (see `StoreIndex`). The index is a cache:
/// an entry whose stamp is not its file's is never used, so this decides only how soon a
/// listing can skip reading the file again, never what it shows.
public enum SaveIndexing: Sendable, Equatable {
    /// Written by the save itself: the command line, one save per run.
    case eachSave
    /// Kept in memory until `flushIndex()` or this store's next listing, then written in one go:
    /// the app, whose saves come a keystroke apart and each paid a rename on the disk's journal
    /// for it. A session that dies first leaves the entry stale, and the next listing reads that
    /// one file again.
    case batched
    /// Never: a bulk writer (the store generator) lets the first listing build the index.
    case off
}
