/// Reads `.index.json` as its bytes come (`FileSystem.read(_:limit:inPieces:)`): each entry is
/// read by `IndexReader` as soon as its bytes are in, so the file — 3.7 MB for 2,000
/// agreements — is never in memory whole beside the summaries made of it (it was 2.4 MB of the
/// 2,000 overview's peak). It follows the compact form the store writes, `{"entries":{…},…}`,
/// keeping only the bytes not yet read (an entry cut by the end of a piece is read again once
/// the next piece is in: a prefix of an entry never reads as a whole one, its closing brace being
/// missing). A file that begins any other way (pretty, keys in another order) is gathered and
/// read whole. Either way the index is the one `IndexReader.read` makes of the same bytes, or nil.
struct IndexStream {
    private enum Stage {
        /// The first bytes, until they show whether the file is in the compact form.
        case head
        /// Among the entries; what may come next.
        case entries(Next)
        /// After the entries: the rest of the document, read at the end.
        case tail
        /// Not the compact form: every byte gathered.
        case whole
        case failed
    }

    private enum Next {
        case entryOrEnd, commaOrEnd, entry
    }

    private static let head = Array(#"{"entries":{"#.utf8)
    private static let emptyHead = Array(#"{"entries":{}"#.utf8)

    private var stage = Stage.head
    private var reader = IndexReader()
    private var index = StoreIndex()
    /// Bytes not yet read, from `read` on (the head, the entries' next bytes, the tail, or all).
    private var pending: [UInt8] = []
    private var read = 0
    /// After an entry that did not read (cut by the piece's end): how many unread bytes to wait for
    /// before it is tried again — twice as many each time, so one huge entry is not read over and
    /// over for every piece (64 MB in 64 kB pieces would be quadratic).
    private var retryAt = 0

    /// `size`: the file's size, if known, to make room for its entries at once.
    init(size: Int? = nil) {
        if let size { index.entries.reserveCapacity(size / IndexReader.bytesPerEntry) }
    }

    mutating func feed(_ piece: UnsafeRawBufferPointer) {
        switch stage {
        case .failed:
            return
        case .entries:
            // What was read goes before the next piece comes in (at most an entry is left).
            if read > 0 {
                pending.removeSubrange(0..<read)
                read = 0
            }
            pending.append(contentsOf: piece)
            readEntries(final: false)
        case .head:
            pending.append(contentsOf: piece)
            guard pending.count >= Self.head.count else { return }
            if pending.starts(with: Self.head) {
                read = Self.head.count
                stage = .entries(.entryOrEnd)
                readEntries(final: false)
            } else {
                stage = .whole
            }
        case .whole, .tail:
            pending.append(contentsOf: piece)
        }
    }

    /// The index, once every piece was fed; nil for anything `IndexReader.read` would refuse.
    mutating func finish() -> StoreIndex? {
        if case .entries = stage { readEntries(final: true) }
        switch stage {
        case .head, .whole:
            return pending.withUnsafeBufferPointer { IndexReader.read($0) }
        case .tail:
            // The entries are read; the rest (the version, anything else) as a document of its own.
            var document = Self.emptyHead
            document.append(contentsOf: pending[read...])
            let done = document.withUnsafeBufferPointer { bytes -> Bool in
                var scanner = JSONScanner(bytes)
                return (try? reader.index(&scanner, into: &index)) != nil
            }
            return done ? index : nil
        case .entries, .failed:
            return nil
        }
    }

    private static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09
    }

    /// Reads entries and what is between them from `pending` while they are whole; `final` when no
    /// more bytes will come (an entry that does not read is then broken, not cut).
    private mutating func readEntries(final: Bool) {
        while case .entries(let next) = stage {
            while read < pending.count, Self.isSpace(pending[read]) { read += 1 }
            guard read < pending.count else { return }
            switch (pending[read], next) {
            case (UInt8(ascii: "\""), .entryOrEnd), (UInt8(ascii: "\""), .entry):
                guard final || pending.count - read >= retryAt else { return }
                let length = pending.withUnsafeBufferPointer { bytes -> Int? in
                    var scanner = JSONScanner(UnsafeBufferPointer(rebasing: bytes[read...]))
                    return try? scanner.member { s, key in try reader.member(&s, id: key.string, into: &index) }
                }
                guard let length else {
                    if final { stage = .failed }
                    retryAt = 2 * (pending.count - read)
                    return
                }
                retryAt = 0
                read += length
                stage = .entries(.commaOrEnd)
            case (UInt8(ascii: ","), .commaOrEnd):
                read += 1
                stage = .entries(.entry)
            case (UInt8(ascii: "}"), .entryOrEnd), (UInt8(ascii: "}"), .commaOrEnd):
                read += 1
                stage = .tail
            default:
                stage = .failed
            }
        }
    }
}
