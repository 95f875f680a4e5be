import Foundation
import FoundationXML

/// Strict XML parsing for the HTML export. On Linux `XMLDocument(xmlString:)` recovers from
/// errors silently (an unclosed `<br>` still gives a document), so well-formedness is checked
/// with `XMLParser`, which reports every error; the document is then opened for XPath.
enum StrictXML {
    /// The parse errors of a text, empty when it is well-formed.
    static func errors(_ text: String) -> [String] {
        final class Collector: NSObject, XMLParserDelegate {
            var errors: [String] = []
            func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
                errors.append("line \(parser.lineNumber), column \(parser.columnNumber): \(parseError)")
            }
        }
        let parser = XMLParser(data: Data(text.utf8))
        let collector = Collector()
        parser.delegate = collector
        let finished = parser.parse()
        var errors = collector.errors
        if !finished && errors.isEmpty { errors.append("parse stopped: \(parser.parserError.map { "\($0)" } ?? "unknown")") }
        return errors
    }

    /// The document, after checking it is well-formed.
    static func document(_ text: String) throws -> XMLDocument {
        let problems = errors(text)
        guard problems.isEmpty else { throw Malformed(problems: problems) }
        return try XMLDocument(xmlString: text, options: [])
    }

    struct Malformed: Error, CustomStringConvertible {
        var problems: [String]
        var description: String { "not well-formed XML: " + problems.prefix(5).joined(separator: "; ") }
    }
}

extension XMLNode {
    /// The nodes an XPath expression finds.
    func all(_ xpath: String) throws -> [XMLNode] { try nodes(forXPath: xpath) }

    /// XPath test for a class among several: `hasClass("mark")`.
    static func hasClass(_ name: String) -> String {
        "contains(concat(' ', normalize-space(@class), ' '), ' \(name) ')"
    }
}
