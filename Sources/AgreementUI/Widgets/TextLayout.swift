/// Cutting and wrapping text by display width, never through a grapheme cluster.
public enum TextLayout {
    /// The string cut to at most `width` columns, ending in "…" when something was cut.
    public static func truncate(_ string: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if let columns = DisplayWidth.simpleColumns(string) {
            // One scalar per column: cut by scalars, as one slice of the text (appending the
            // scalars one by one went through the generic path, some 500 instructions each).
            if columns <= width { return string }
            let scalars = string.unicodeScalars
            return String(scalars[..<scalars.index(scalars.startIndex, offsetBy: width - 1)]) + "…"
        }
        if DisplayWidth.of(string) <= width { return string }
        var out = ""
        var used = 0
        for character in string {
            let w = DisplayWidth.of(character)
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }

    /// Word-wrapped lines of at most `width` columns; explicit line breaks are kept and
    /// words longer than a line are broken between graphemes.
    public static func wrap(_ string: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in string.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(contentsOf: wrapParagraph(String(paragraph), width: width))
        }
        return lines
    }

    private static func wrapParagraph(_ paragraph: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            var wordWidth = DisplayWidth.of(word)
            let gap = line.isEmpty ? 0 : 1
            if lineWidth + gap + wordWidth <= width {
                if gap == 1 { line.append(" ") }
                line += word
                lineWidth += gap + wordWidth
                continue
            }
            if !line.isEmpty {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            while wordWidth > width {
                var head = ""
                var used = 0
                var index = word.startIndex
                while index < word.endIndex {
                    let w = DisplayWidth.of(word[index])
                    if used + w > width { break }
                    head.append(word[index])
                    used += w
                    index = word.index(after: index)
                }
                if head.isEmpty { head.append(word[index]); index = word.index(after: index) }
                lines.append(head)
                word = word[index...]
                wordWidth = DisplayWidth.of(word)
            }
            line = String(word)
            lineWidth = wordWidth
        }
        lines.append(line)
        return lines
    }

    /// The string padded with spaces (or cut) to exactly `width` columns.
    public static func pad(_ string: String, to width: Int) -> String {
        let cut = truncate(string, to: width)
        let w = DisplayWidth.of(cut)
        return w < width ? cut + String(repeating: " ", count: width - w) : cut
    }
}
