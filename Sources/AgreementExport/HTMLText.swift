import AgreementKit
import Foundation

/// Building well-formed HTML (that is also XML): text made inert and escaped, every element
/// closed, void elements written as `<br/>` and `<wbr/>`. Only the five XML entities are used.
///
/// Words are never broken inside: the print stylesheet gives every column room for its longest
/// word. What is not a word gets break opportunities where typesetters break it without a
/// hyphen: after the slashes of "barneskole/ungdomsskole", and in a web address after `//`
/// and before `/ . ? & = #` (Chicago Manual of Style, 6.80).
enum HTMLText {
    /// Element content: escaped, break opportunities in addresses and slash compounds, and
    /// newlines as `<br/>` when asked (else as spaces).
    static func escape(_ text: String, lineBreaks: Bool = false) -> String {
        let characters = Array(SafeText.inert(text))
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        var start = 0
        var inAddress = false
        for (i, character) in characters.enumerated() {
            if character.isWhitespace {
                start = i + 1
            } else if i == start {
                inAddress = isAddress(characters[i...])
            }
            if i > start, breaksBefore(characters, at: i, start: start, inAddress: inAddress) { out += "<wbr/>" }
            out += escaped(character, lineBreaks: lineBreaks)
        }
        return out
    }

    /// Attribute values and `<title>`: escaped, nothing added, newlines as spaces.
    static func attribute(_ text: String) -> String {
        SafeText.inert(text).map { escaped($0, lineBreaks: false) }.joined()
    }

    private static func escaped(_ character: Character, lineBreaks: Bool) -> String {
        switch character {
        case "&": "&amp;"
        case "<": "&lt;"
        case ">": "&gt;"
        case "\"": "&quot;"
        case "'": "&#39;"
        case "\n": lineBreaks ? "<br/>" : " "
        default: String(character)
        }
    }

    /// True when a token is a web address: "https://…", "http://…" or "www.…".
    private static func isAddress(_ token: ArraySlice<Character>) -> Bool {
        let head = String(token.prefix(12)).lowercased()
        return head.hasPrefix("http://") || head.hasPrefix("https://") || head.hasPrefix("www.")
    }

    /// Whether a line may break before the character at `i` of a token that began at `start`.
    private static func breaksBefore(_ c: [Character], at i: Int, start: Int, inAddress: Bool) -> Bool {
        let previous = c[i - 1]
        let isLast = i + 1 == c.count || c[i + 1].isWhitespace
        if inAddress {
            if i >= start + 2, previous == "/", c[i - 2] == "/", c[i] != "/" { return true }
            return !isLast && "/.?&=#".contains(c[i]) && previous != "/" && previous != ":" && c[i + 1] != "/"
        }
        // After a slash between two word characters: "barneskole/ungdomsskole".
        return previous == "/" && i >= start + 2 && c[i - 2] != "/" && (c[i].isLetter || c[i].isNumber)
    }

    /// An element with escaped attributes around already-built content.
    static func element(_ name: String, _ attributes: [(String, String)] = [], _ content: String = "") -> String {
        let attrs = attributes.map { " \($0.0)=\"\(attribute($0.1))\"" }.joined()
        return "<\(name)\(attrs)>\(content)</\(name)>"
    }

    /// An element without attributes around already-built content.
    static func element(_ name: String, _ content: String) -> String {
        "<\(name)>\(content)</\(name)>"
    }

    /// An element with a class around already-built content.
    static func element(_ name: String, class cls: String, _ content: String = "") -> String {
        element(name, [("class", cls)], content)
    }

    /// Text as paragraphs: blank lines separate them, single newlines become `<br/>`.
    static func paragraphs(_ text: String, class cls: String = "value") -> String {
        let blocks = SafeText.inert(text).components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .newlines) }
            .filter { !$0.isEmpty }
        if blocks.isEmpty { return element("p", class: cls + " empty") }
        return blocks.map { element("p", class: cls, escape($0, lineBreaks: true)) }.joined()
    }

    /// A list of items, or nothing when empty.
    static func list(_ items: [String], class cls: String) -> String {
        items.isEmpty ? "" : element("ul", class: cls, items.map { element("li", escape($0, lineBreaks: true)) }.joined())
    }

    /// A list of measures or support: items as list items (a measure carried out with the class
    /// `done`), headings, instructions and indicators as list items of their kind without a bullet.
    static func entries(_ entries: [(text: String, kind: ListEntryKind?, done: Bool)], class cls: String) -> String {
        guard !entries.isEmpty else { return "" }
        return element("ul", class: cls, entries.map { entry in
            switch entry.kind {
            case nil where entry.done: element("li", class: "done", escape(entry.text, lineBreaks: true))
            case nil: element("li", escape(entry.text, lineBreaks: true))
            case let kind?: element("li", class: kind.rawValue, escape(entry.text, lineBreaks: true))
            }
        }.joined())
    }

    /// The phase letter badge: the letter carries the meaning where colour cannot.
    static func tag(_ colour: PhaseColour, title: String) -> String {
        element("span", [("class", "tag \(colour.rawValue)"), ("title", title)], String(colour.letter))
    }
}
