extension DisplayWidth {
    /// The columns of text made only of "simple" scalars — printable ASCII and U+00A0…U+02FF
    /// (Latin-1, æøå, Latin Extended) — or nil when it holds anything else. Each such scalar is a
    /// grapheme cluster of its own (nothing below U+0300 joins a cluster), one column wide and
    /// safe to draw (controls, C1 controls and DEL are left out), so text that passes can be
    /// measured, cut and drawn scalar by scalar without grapheme breaking: the common case of
    /// Norwegian text, read straight from the UTF-8 bytes.
    static func simpleColumns(_ string: some StringProtocol) -> Int? {
        if let n = string.utf8.withContiguousStorageIfAvailable({ simpleColumns(bytes: $0) }) { return n }
        return simpleColumns(bytes: string.utf8)
    }

    private static func simpleColumns(bytes: some Collection<UInt8>) -> Int? {
        var columns = 0
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte >= 0x20 && byte <= 0x7E {
                columns += 1
                index = bytes.index(after: index)
                continue
            }
            // U+00A0…U+02FF: a lead byte 0xC2 (with a second byte of at least 0xA0) … 0xCB.
            guard byte >= 0xC2 && byte <= 0xCB else { return nil }
            let next = bytes.index(after: index)
            guard next != bytes.endIndex else { return nil }
            let second = bytes[next]
            guard second & 0xC0 == 0x80, byte != 0xC2 || second >= 0xA0 else { return nil }
            columns += 1
            index = bytes.index(after: next)
        }
        return columns
    }
}
