/// Terminal column widths of grapheme clusters, independent of the C library's locale.
public enum DisplayWidth {
    /// Columns a grapheme cluster occupies: 2 for East Asian wide and emoji, 0 for a lone
    /// zero-width mark, else 1. Control characters are never drawn (see `Inert`), count 1.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        // Fast path: one scalar below the combining marks (ASCII, Latin-1, æøå) is one column.
        if first.value < 0x300, character.utf8.count <= 2 { return 1 }
        // What cannot be drawn is drawn as a one-column placeholder (see Inert).
        if Inert.placeholder(for: character) != nil { return 1 }
        if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        if isWide(first) { return 2 }
        if isZeroWidth(first) && scalars.count == 1 { return 0 }
        return 1
    }

    /// Columns a whole string occupies.
    public static func of(_ string: some StringProtocol) -> Int {
        var total = 0
        for character in string { total += of(character) }
        return total
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x1100 { return false }
        if scalar.properties.isEmojiPresentation { return true }
        for range in wideRanges where range.contains(v) { return true }
        return false
    }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return scalar.value == 0x200B
        }
    }

    /// East Asian Wide and Fullwidth blocks (Unicode 15), compacted.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
