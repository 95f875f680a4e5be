/// The lower-cased texts a type-to-filter list searches (the picker's and the overview's), kept
/// in one buffer of UTF-8 bytes, so a key typed over 2,000 of them is a plain byte search with
/// no `String` made, retained or released per text.
///
/// `contains` answers as `String.contains` does (Character by Character). The byte search gives
/// the same answer when text and word are made only of scalars from U+0020 to U+02FF: there every
/// scalar is a grapheme of its own and the only spelling of itself (no combining marks, no
/// CR LF, nothing that normalizes to something else). Any other text or word is compared the
/// slow way, as a `String`.
public struct SearchTexts: Equatable, Sendable {
    private var bytes: [UInt8] = []
    /// Where each text ends in `bytes` (it starts where the one before ends).
    private var ends: [Int] = []
    /// Per text: whether the byte search answers for it (see the type's documentation).
    private var simple: [Bool] = []

    public init() {}

    /// The texts, each let go once appended (pass a lazy sequence, and 2,000 lower-cased texts are
    /// never alive at once). `expectedBytes`, the texts' UTF-8 bytes together as the caller reckons
    /// them, is the buffer's room from the start: grown by doubling and then copied to fit, the
    /// buffer of 2,000 texts had been alive three times over for a moment (0.26 MB of the
    /// overview's peak). A reckoning that was short is sized to fit at the end as before.
    public init<S: Sequence>(_ texts: S, expectedBytes: Int = 0) where S.Element == String {
        bytes.reserveCapacity(expectedBytes)
        ends.reserveCapacity(texts.underestimatedCount)
        simple.reserveCapacity(texts.underestimatedCount)
        for text in texts { append(text) }
        // The room malloc rounds up to is left alone; a buffer grown past its reckoning is not.
        if bytes.capacity - bytes.count > max(64, bytes.count / 16) { bytes = bytes.sizedToFit }
        ends = ends.sizedToFit
        simple = simple.sizedToFit
    }

    /// Adds a text (already lower-cased) at the next index.
    public mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            bytes.append(contentsOf: utf8)
            simple.append(Self.isSimple(utf8))
        }
        ends.append(bytes.count)
    }

    public var count: Int { ends.count }

    /// The room of the texts' buffer, in bytes (for the tests of its reckoning).
    var bytesReserved: Int { bytes.capacity }

    /// The text at `index`, as it was appended.
    public subscript(index: Int) -> String {
        let range = self.range(index)
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// The indices of `candidates` whose text contains every one of `words`, in that order.
    public func matching<W: StringProtocol>(_ candidates: [Int], allOf words: [W]) -> [Int] {
        if words.isEmpty { return candidates }
        let needles = words.map { Needle($0) }
        return bytes.withUnsafeBufferPointer { all in
            candidates.filter { i in
                let range = range(i)
                let text = UnsafeBufferPointer(rebasing: all[range])
                return needles.allSatisfy { needle in
                    if simple[i] && needle.simple { return Self.find(needle.bytes, in: text) }
                    return String(decoding: text, as: UTF8.self).contains(needle.text)
                }
            }
        }
    }

    /// Whether the text at `index` contains `word`, as `String.contains` answers.
    public func contains<W: StringProtocol>(_ index: Int, _ word: W) -> Bool {
        matching([index], allOf: [word]).count == 1
    }

    private func range(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : ends[index - 1])..<ends[index]
    }

    /// A word searched for, its bytes made once per filter rather than once per text.
    private struct Needle {
        var text: String
        var bytes: [UInt8]
        var simple: Bool

        init<W: StringProtocol>(_ word: W) {
            text = String(word)
            bytes = Array(text.utf8)
            simple = bytes.withUnsafeBufferPointer(SearchTexts.isSimple)
        }
    }

    /// Only scalars U+0020…U+02FF: no byte below 0x20, no lead byte of U+0300 or above (0xCC…).
    static func isSimple(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        for b in utf8 where b < 0x20 || b >= 0xCC { return false }
        return true
    }

    /// A plain search of `needle` in `text`, byte by byte.
    static func find(_ needle: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = needle.count
        if n == 0 { return true }
        if n > text.count { return false }
        return needle.withUnsafeBufferPointer { pin in
            let first = pin[0]
            var i = 0
            let last = text.count - n
            while i <= last {
                if text[i] == first {
                    var k = 1
                    while k < n && text[i + k] == pin[k] { k += 1 }
                    if k == n { return true }
                }
                i += 1
            }
            return false
        }
    }
}
