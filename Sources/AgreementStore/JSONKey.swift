/// An object's key as `JSONScanner` reads it, matched against the reader's literals (`case "year":`)
/// without a `String` made or compared: up to 24 bytes are kept in three machine words, so a
/// match is three comparisons of integers. The index of 2,000 agreements has 140,000 keys, whose
/// strings had been a tenth of reading it. A longer key is kept as its `String`.
struct JSONKey: Equatable, ExpressibleByStringLiteral {
    private var w0: UInt64 = 0
    private var w1: UInt64 = 0
    private var w2: UInt64 = 0
    private var count: Int
    /// The key when it is longer than the words hold.
    private var long: String?

    /// The bytes of a key (its escapes resolved).
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        count = bytes.count
        guard bytes.count <= 24 else {
            long = String(decoding: bytes, as: UTF8.self)
            return
        }
        if let start = bytes.baseAddress, !bytes.isEmpty {
            var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
            withUnsafeMutableBytes(of: &words) { $0.baseAddress?.copyMemory(from: start, byteCount: bytes.count) }
            (w0, w1, w2) = words
        }
    }

    init(_ string: String) {
        var string = string
        self = string.withUTF8 { JSONKey($0) }
    }

    @inline(__always)
    init(stringLiteral value: StaticString) {
        self.init(UnsafeBufferPointer(start: value.utf8Start, count: value.utf8CodeUnitCount))
    }

    /// The key as a `String` (an entry's agreement id).
    var string: String {
        if let long { return long }
        var words = (w0, w1, w2)
        return withUnsafeBytes(of: &words) { String(decoding: $0.prefix(count), as: UTF8.self) }
    }
}
