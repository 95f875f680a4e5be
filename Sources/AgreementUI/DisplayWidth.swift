/// Terminal column widths of grapheme clusters, independent of the C library's locale, as
/// tmux 3.3 and xterm show them.
///
/// A scalar's width follows the Unicode 15 tables of glibc 2.36's `wcwidth` (which tmux uses):
/// East Asian Wide and Fullwidth and emoji presentation are 2, marks and format characters 0.
/// A cluster is as wide as its one spacing scalar: combining marks add nothing, and a variation
/// selector does not widen (❤️ is 1 column in tmux 3.3 and xterm). A cluster of several spacing
/// scalars — a ZWJ sequence (👨‍👩‍👧‍👦), a skin tone (👍🏽), a flag (🇳🇴) — is 2 columns; terminals
/// disagree about those (tmux joins ZWJ sequences, xterm does not; both give a skin tone 4
/// columns), so `drawing(of:)` says how to show each in exactly its width. The text itself is
/// never changed: this is only how it is drawn.
public enum DisplayWidth {
    /// How a cluster is handed to the terminal so that it takes exactly `of(_:)` columns.
    public enum Drawing: Equatable, Sendable {
        /// As it is: one spacing scalar and at most four zero-width ones (an ncursesw cell holds five).
        case asIs
        /// One part per column (the two letters of a flag).
        case perColumn([String])
        /// A visible placeholder of the cluster's width: the terminal cannot show it in one cell.
        case placeholder
    }

    /// What is drawn for a cluster the terminal cannot show in its width (one column of it).
    public static let placeholder: Character = "\u{FFFD}"
    /// The most code points an ncursesw cell holds (CCHARW_MAX).
    public static let scalarsPerCell = 5

    /// Columns a grapheme cluster occupies: 0, 1 or 2. Control characters are never drawn (see
    /// `Inert`), their placeholders count 1.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        // Fast path: one scalar below the combining marks (ASCII, Latin-1, æøå) is one column.
        if first.value < 0x300, character.utf8.count <= 2 { return 1 }
        // What cannot be drawn is drawn as a one-column placeholder (see Inert).
        if Inert.placeholder(for: character) != nil { return 1 }
        var spacing = 0
        var base = 0
        for scalar in scalars {
            let w = width(of: scalar)
            guard w > 0 else { continue }
            if spacing == 0 { base = w }
            spacing += 1
        }
        switch spacing {
        case 0: return 0
        case 1: return base
        default: return 2
        }
    }

    /// Columns a whole string occupies.
    public static func of(_ string: some StringProtocol) -> Int {
        if let columns = simpleColumns(string) { return columns }
        var total = 0
        for character in string { total += of(character) }
        return total
    }

    /// How to draw a cluster so the terminal gives it exactly `of(_:)` columns.
    public static func drawing(of character: Character) -> Drawing {
        let scalars = Array(character.unicodeScalars)
        let spacing = scalars.filter { width(of: $0) > 0 }
        if spacing.count == 2, spacing.allSatisfy(isRegionalIndicator), scalars.count == 2 {
            return .perColumn(spacing.map { String($0) })
        }
        if spacing.count > 1 || scalars.count > scalarsPerCell { return .placeholder }
        return .asIs
    }

    /// The width of one scalar as glibc 2.36's wcwidth gives it (0, 1 or 2; controls 1).
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return 1 }
        if isZeroWidth(scalar) { return 0 }
        if v < 0x1100 { return 1 }
        if isWide(scalar) { return 2 }
        return 1
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x1100 { return false }
        if scalar.properties.isEmojiPresentation { return !isRegionalIndicator(scalar) }
        return contains(wideRanges, v)
    }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if contains(zeroWidthRanges, v) { return true }
        if contains(spacingFormatRanges, v) { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return v == 0x200B
        }
    }

    static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    private static func contains(_ ranges: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        var low = 0, high = ranges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if value < ranges[mid].lowerBound { high = mid - 1 } else if value > ranges[mid].upperBound { low = mid + 1 } else { return true }
        }
        return false
    }

    /// East Asian Wide and Fullwidth scalars that are not emoji presentation (glibc 2.36, Unicode 15).
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x2E99, 0x2E9B...0x2EF3, 0x2F00...0x2FD5, 0x2FF0...0x2FFB,
        0x3000...0x3029, 0x302E...0x303E, 0x3041...0x3096, 0x309B...0x30FF, 0x3105...0x312F, 0x3131...0x318E,
        0x3190...0x31E3, 0x31F0...0x321E, 0x3220...0xA48C, 0xA490...0xA4C6, 0xA960...0xA97C, 0xAC00...0xD7A3,
        0xF900...0xFA6D, 0xFA70...0xFAD9, 0xFE10...0xFE19, 0xFE30...0xFE52, 0xFE54...0xFE66, 0xFE68...0xFE6B,
        0xFF01...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE3, 0x16FF0...0x16FF1, 0x17000...0x187F7, 0x18800...0x18CD5,
        0x18D00...0x18D08, 0x1AFF0...0x1AFF3, 0x1AFF5...0x1AFFB, 0x1AFFD...0x1AFFE, 0x1B000...0x1B122, 0x1B150...0x1B152,
        0x1B164...0x1B167, 0x1B170...0x1B2FB, 0x1F200...0x1F200, 0x1F202...0x1F202, 0x1F210...0x1F219, 0x1F21B...0x1F22E,
        0x1F230...0x1F231, 0x1F237...0x1F237, 0x1F23B...0x1F23B, 0x1F240...0x1F248, 0x1F260...0x1F265, 0x20000...0x2A6DF,
        0x2A700...0x2B738, 0x2B740...0x2B81D, 0x2B820...0x2CEA1, 0x2CEB0...0x2EBE0, 0x2F800...0x2FA1D, 0x30000...0x3134A,
    ]

    /// Zero-width scalars whose general category is not a mark (Hangul medial and final jamo …).
    private static let zeroWidthRanges: [ClosedRange<UInt32>] = [
        0x1160...0x11FF, 0xD7B0...0xD7C6, 0xD7CB...0xD7FB, 0x1171E...0x1171E,
    ]

    /// Format characters that take a column (prepended concatenation marks, as glibc gives them).
    private static let spacingFormatRanges: [ClosedRange<UInt32>] = [
        0x600...0x605, 0x6DD...0x6DD, 0x70F...0x70F, 0x890...0x891, 0x8E2...0x8E2, 0x110BD...0x110BD, 0x110CD...0x110CD,
    ]
}
