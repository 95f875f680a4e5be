import AgreementKit

/// Escaping agreement text for Markdown (CommonMark/GFM): text is made inert first, then every
/// character that could start markup is backslash-escaped, so the rendered page shows exactly
/// what the user wrote and no raw HTML gets through. Table cells carry line breaks as `<br>`.
enum MarkdownText {
    /// Characters that are escaped wherever they appear.
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~"]

    /// One line of text with inline markup escaped (newlines are left for the caller).
    static func inline(_ text: String) -> String {
        var out = ""
        var iterator = SafeText.inert(text).makeIterator()
        var next = iterator.next()
        while let character = next {
            next = iterator.next()
            if special.contains(character) {
                out.append("\\")
            } else if character == "&", let n = next, n.isLetter || n == "#" {
                out.append("\\")  // "&amp;" stays as written instead of becoming "&"
            }
            out.append(character)
        }
        return out
    }

    /// A heading's text: one line, escaped.
    static func heading(_ text: String) -> String {
        inline(text.split(whereSeparator: \.isNewline).joined(separator: " "))
    }

    /// The colour tag of a field, "[B]", "[O]" or "[G]": the letter carries the phase without colour.
    static func tag(_ colour: PhaseColour) -> String { "[\(colour.letter)]" }

    /// A table cell: the lines joined with `<br>`, newlines inside them too.
    static func cell(_ lines: [String]) -> String {
        lines.map { line in
            SafeText.inert(line).split(separator: "\n", omittingEmptySubsequences: false)
                .map { inline(String($0)).trimmingLeadingSpaces }
                .joined(separator: "<br>")
        }
        .joined(separator: "<br>")
    }

    /// A cell from one text.
    static func cell(_ text: String) -> String { cell(text.isEmpty ? [] : [text]) }

    /// A block of text: paragraphs (split at blank lines) whose lines end in hard breaks;
    /// each line is trimmed and escaped so it cannot start a heading, list, quote or code block.
    static func block(_ text: String) -> String {
        var paragraphs: [[String]] = [[]]
        for raw in SafeText.inert(text).split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw).trimmingLeadingSpaces.trimmingTrailingSpaces
            if line.isEmpty {
                if !(paragraphs.last?.isEmpty ?? true) { paragraphs.append([]) }
            } else {
                paragraphs[paragraphs.count - 1].append(lineStart(inline(line)))
            }
        }
        return paragraphs.filter { !$0.isEmpty }.map { $0.joined(separator: "\\\n") }.joined(separator: "\n\n")
    }

    /// A list item: "- " and the text, continuation lines indented under it.
    static func item(_ text: String) -> String {
        let body = block(text).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n  ")
        return "- " + body
    }

    /// Escapes what would start a block at the beginning of a line: "1." lists, "-"/"+" bullets,
    /// "=" setext underlines. ("#", ">", "*" and backticks are escaped inline already.)
    private static func lineStart(_ line: String) -> String {
        guard let first = line.first else { return line }
        if first == "-" || first == "+" || first == "=" { return "\\" + line }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9 {
            let rest = line.dropFirst(digits.count)
            if let marker = rest.first, marker == "." || marker == ")" {
                return String(digits) + "\\" + String(rest)
            }
        }
        return line
    }

    /// A table: a header row, a separator and the rows; every cell already escaped.
    static func table(_ header: [String], _ rows: [[String]], align: [String]? = nil) -> String {
        let separators = align ?? header.map { _ in "---" }
        var lines = ["| " + header.joined(separator: " | ") + " |", "| " + separators.joined(separator: " | ") + " |"]
        for row in rows { lines.append("| " + row.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n")
    }
}

extension String {
    var trimmingLeadingSpaces: String { String(drop { $0 == " " || $0 == "\t" }) }
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return String(s)
    }
}
