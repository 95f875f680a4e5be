/// Reads `.index.json` as its bytes come (`FileSystem.read(_:limit:inPieces:)`): each entry is
/// read by `IndexReader` as soon as its last byte is in, so the file — 3.7 MB for 2,000
/// agreements — is never in memory whole beside the summaries made of it (it was 2.4 MB of the
/// 2,000 overview's peak). It follows the compact form the store writes, `{"entries":{…},…}`,
/// keeping one entry's bytes at a time; a file that begins any other way (pretty, keys in another
/// order) is gathered and read whole. Either way the index is the one `IndexReader.read` makes of
/// the same bytes, or nil.
struct IndexStream {
    private enum Stage {
        /// The first bytes, until they show whether the file is in the compact form.
        case head
        /// Between entries: what may come next.
        case expectingEntryOrEnd, expectingCommaOrEnd, expectingEntry
        /// Inside an entry, its bytes gathered in `pending`.
        case entry
        /// After the entries: the rest of the document, read at the end.
        case tail
        /// Not the compact form: every byte gathered.
        case whole
        case failed
    }

    private static let head = Array(#"{"entries":{"#.utf8)
    private static let emptyHead = Array(#"{"entries":{}"#.utf8)

    private var stage = Stage.head
    private var reader = IndexReader()
    private var index = StoreIndex()
    /// The bytes of the stage not yet read: the head, one entry (as `{"id":{…}}`), the tail, or all.
    private var pending: [UInt8] = []
    /// Where the scan of an entry is: inside a string, after a backslash, and how deep in its value.
    private var inString = false
    private var escaped = false
    private var depth = 0

    /// `size`: the file's size, if known, to make room for its entries at once.
    init(size: Int? = nil) {
        if let size { index.entries.reserveCapacity(size / IndexReader.bytesPerEntry) }
        pending.reserveCapacity(4 * 1024)
    }

    mutating func feed(_ piece: UnsafeRawBufferPointer) {
        guard let base = piece.baseAddress else { return }
        let bytes = UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: piece.count)
        var i = 0
        while i < bytes.count {
            switch stage {
            case .head:
                let take = min(bytes.count - i, Self.head.count - pending.count)
                pending.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<(i + take)]))
                i += take
                if pending.count == Self.head.count {
                    if pending == Self.head {
                        pending.removeAll(keepingCapacity: true)
                        stage = .expectingEntryOrEnd
                    } else {
                        stage = .whole
                    }
                }
            case .whole, .tail:
                pending.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i...]))
                i = bytes.count
            case .failed:
                return
            case .expectingEntryOrEnd, .expectingCommaOrEnd, .expectingEntry:
                let b = bytes[i]
                i += 1
                between(b)
            case .entry:
                i = entry(bytes, from: i)
            }
        }
    }

    /// The index, once every piece was fed; nil for anything `IndexReader.read` would refuse.
    mutating func finish() -> StoreIndex? {
        switch stage {
        case .head, .whole:
            return pending.withUnsafeBufferPointer { IndexReader.read($0) }
        case .tail:
            // The entries are read; the rest (the version, anything else) as a document of its own.
            var document = Self.emptyHead
            document.append(contentsOf: pending)
            let read = document.withUnsafeBufferPointer { bytes -> Bool in
                var scanner = JSONScanner(bytes)
                return (try? reader.index(&scanner, into: &index)) != nil
            }
            return read ? index : nil
        case .expectingEntryOrEnd, .expectingCommaOrEnd, .expectingEntry, .entry, .failed:
            return nil
        }
    }

    /// A byte between entries: white space, the comma, the quote that starts the next entry's id,
    /// or the brace that ends them.
    private mutating func between(_ b: UInt8) {
        switch b {
        case 0x20, 0x09, 0x0A, 0x0D:
            return
        case UInt8(ascii: "\"") where stage != .expectingCommaOrEnd:
            pending.append(UInt8(ascii: "{"))
            pending.append(b)
            inString = true
            escaped = false
            depth = 0
            stage = .entry
        case UInt8(ascii: ",") where stage == .expectingCommaOrEnd:
            stage = .expectingEntry
        case UInt8(ascii: "}") where stage != .expectingEntry:
            stage = .tail
        default:
            stage = .failed
        }
    }

    /// Scans an entry's bytes from `start` until its value closes (then reads it) or the piece ends;
    /// where the scan stopped.
    private mutating func entry(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        var closed = false
        scan: while i < bytes.count {
            let b = bytes[i]
            i += 1
            if inString {
                if escaped {
                    escaped = false
                } else if b == UInt8(ascii: "\\") {
                    escaped = true
                } else if b == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch b {
            case UInt8(ascii: "\""):
                inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                // Below zero: the value was no object (`"id":5}`), which no entry is.
                if depth <= 0 {
                    closed = depth == 0
                    if !closed { stage = .failed }
                    break scan
                }
            case UInt8(ascii: ",") where depth == 0:
                stage = .failed
                break scan
            default:
                break
            }
        }
        pending.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
        if stage == .failed { return bytes.count }
        if closed {
            pending.append(UInt8(ascii: "}"))
            let read = pending.withUnsafeBufferPointer { bytes -> Bool in
                var scanner = JSONScanner(bytes)
                guard (try? reader.members(&scanner, into: &index)) != nil else { return false }
                return scanner.atEnd()
            }
            pending.removeAll(keepingCapacity: true)
            stage = read ? .expectingCommaOrEnd : .failed
        }
        return i
    }
}
