import AgreementKit
import Foundation

/// Building well-formed HTML (that is also XML): text made inert and escaped, every element
/// closed, void elements written as `<br/>`. Only the five XML entities are used.
enum HTMLText {
    /// Text escaped for element content or attribute values; newlines become `<br/>` when asked.
    static func escape(_ text: String, lineBreaks: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in SafeText.inert(text) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n": out += lineBreaks ? "<br/>" : " "
            default: out.append(character)
            }
        }
        return out
    }

    /// An element with escaped attributes around already-built content.
    static func element(_ name: String, _ attributes: [(String, String)] = [], _ content: String = "") -> String {
        let attrs = attributes.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
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

    /// The phase letter badge: the letter carries the meaning where colour cannot.
    static func tag(_ colour: PhaseColour) -> String {
        element("span", [("class", "tag \(colour.rawValue)"), ("title", colour.title)], String(colour.letter))
    }
}
