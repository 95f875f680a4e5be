extension TextEditor {
    /// What a typed character inserts: itself, a space for a tab, "\n" only in multi-line
    /// fields, and nothing for any other grapheme holding a C0/C1 control character.
    static func typed(_ character: Character, multiline: Bool) -> String {
        if character == "\t" { return " " }
        if character == "\n" { return multiline ? "\n" : "" }
        return character.unicodeScalars.contains(where: isControl) ? "" : String(character)
    }

    /// What a paste inserts: line breaks ("\n", "\r\n", "\r", U+2028, U+2029) as "\n" in
    /// multi-line fields and as one space each in single-line ones, tabs as spaces, and no
    /// other control characters.
    static func pasted(_ string: String, multiline: Bool) -> String {
        var out = ""
        out.reserveCapacity(string.utf8.count)
        for character in string {
            switch character {
            case "\n", "\r\n", "\r", "\u{2028}", "\u{2029}":
                out.append(multiline ? "\n" : " ")
            case "\t":
                out.append(" ")
            default:
                if !character.unicodeScalars.contains(where: isControl) { out.append(character) }
            }
        }
        return out
    }

    /// C0 controls, DEL and C1 controls.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// Letters and digits make words; æøå are letters.
    static func isWord(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    /// The start of the word at or before `index` (Alt-B).
    static func wordStart(before index: Int, in chars: [Character]) -> Int {
        var p = min(index, chars.count)
        while p > 0, !isWord(chars[p - 1]) { p -= 1 }
        while p > 0, isWord(chars[p - 1]) { p -= 1 }
        return p
    }

    /// The end of the word at or after `index` (Alt-F).
    static func wordEnd(after index: Int, in chars: [Character]) -> Int {
        var p = max(0, index)
        while p < chars.count, !isWord(chars[p]) { p += 1 }
        while p < chars.count, isWord(chars[p]) { p += 1 }
        return p
    }

    /// The start of the logical line (after the previous "\n") holding `index`.
    static func lineStart(of index: Int, in chars: [Character]) -> Int {
        var p = min(index, chars.count)
        while p > 0, chars[p - 1] != "\n" { p -= 1 }
        return p
    }

    /// The end of the logical line (before the next "\n") holding `index`.
    static func lineEnd(of index: Int, in chars: [Character]) -> Int {
        var p = max(0, index)
        while p < chars.count, chars[p] != "\n" { p += 1 }
        return p
    }
}
