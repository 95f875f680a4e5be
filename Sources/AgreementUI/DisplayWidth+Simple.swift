extension DisplayWidth {
    /// The columns of text made only of "simple" scalars — printable ASCII, U+00A0…U+02FF
    /// (Latin-1, æøå, Latin Extended) and the few symbols of `isSimple` — or nil when it holds
    /// anything else. Each such scalar is a
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
            if byte == 0xE2 {
                // Three bytes: the punctuation, arrows and box and block characters the screens
                // draw (see `isSimple`).
                let second = bytes.index(after: index)
                guard second != bytes.endIndex else { return nil }
                let third = bytes.index(after: second)
                guard third != bytes.endIndex else { return nil }
                let b1 = bytes[second], b2 = bytes[third]
                guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80,
                      isSimple(0x2000 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F)) else { return nil }
                columns += 1
                index = bytes.index(after: third)
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

    /// The symbols above U+2000 that are simple too: one column, printable, never joined into a
    /// cluster with a neighbour that is itself simple — dashes, quotes, bullets and "…"
    /// (U+2010…U+2027), "‹›", "€", the four arrows, "≈≤≥", box drawing and block elements
    /// (U+2500…U+259F), the geometric shapes the screens mark with — sort arrows, ratings, the
    /// closed phase (U+25A0…U+25FC, without the two drawn as wide emoji after them) — the ballot
    /// boxes, "✓" and "✗". `SimpleTextTests` checks every scalar of U+2000…U+27FF against the
    /// grapheme path.
    static func isSimple(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x2010...0x2027, 0x2039...0x203A, 0x20AC, 0x2190...0x2193, 0x2248, 0x2264...0x2265, 0x2500...0x259F,
             0x25A0...0x25FC, 0x2610...0x2612, 0x2713, 0x2717: true
        default: false
        }
    }
}
