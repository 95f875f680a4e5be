import Catalogue
import Foundation

/// swift-argument-parser writes its help and usage errors in English and offers no catalogue;
/// this rewords its output, line by line, in the run's language: headings, the help flag's line,
/// "(default: …)", the closing hints, and the usage errors it reports. Text it does not know
/// (a future library version's new sentence) is left as it is.
enum GeneratedText {
    /// The generated help of a command.
    static func help(_ text: String, words: any Wording) -> String {
        var lines: [String] = []
        for line in text.components(separatedBy: "\n") {
            var out = line
            for (english, heading) in [("OVERVIEW:", HelpHeading.overview), ("USAGE:", .usage), ("ARGUMENTS:", .arguments),
                                       ("OPTIONS:", .options), ("SUBCOMMANDS:", .subcommands)] where out.hasPrefix(english) {
                out = words.helpHeading(heading) + ":" + out.dropFirst(english.count)
            }
            out = out.replacingOccurrences(of: "Show help information.", with: words.helpFlagHelp)
            out = out.replacingOccurrences(of: "Show subcommand help information.", with: words.helpCommandAbstract)
            out = out.replacingOccurrences(of: "<options>", with: "<\(words.helpHeading(.options).lowercased())>")
            out = out.replacingOccurrences(of: "<subcommands>", with: "<\(words.helpCommandPlaceholder(plural: true))>")
            out = out.replacingOccurrences(of: "<subcommand>", with: "<\(words.helpCommandPlaceholder(plural: false))>")
            out = replaceDefaultSubcommand(out, with: words.helpDefaultSubcommand)
            if let range = out.range(of: #"\(default: ([^)]*)\)"#, options: .regularExpression) {
                let value = String(out[range].dropFirst("(default: ".count).dropLast())
                out.replaceSubrange(range, with: words.helpDefault(value))
            }
            if let range = out.range(of: #"\(values: ([^)]*)\)"#, options: .regularExpression) {
                let values = String(out[range].dropFirst("(values: ".count).dropLast())
                out.replaceSubrange(range, with: words.helpValues(values))
            }
            if let match = out.firstMatch(of: /^(\s*)See '(.+)' for detailed help\.$/) {
                out = String(match.1) + words.helpSeeSubcommand(String(match.2))
            }
            lines.append(out)
        }
        return lines.joined(separator: "\n")
    }

    /// A usage error as the library words it ("Error: …", "Help: …", "Usage: …", "See …").
    static func error(_ text: String, words: any Wording) -> String {
        var lines: [String] = []
        for line in listsJoined(text.components(separatedBy: "\n")) {
            if line.hasPrefix("Error: ") {
                lines.append("lederavtale: " + words.parserError(parserError(String(line.dropFirst("Error: ".count)))))
            } else if line.hasPrefix("Help:") {
                lines.append(words.helpHeading(.help) + ":" + line.dropFirst("Help:".count))
            } else if line.hasPrefix("Usage: ") {
                let usage = line.dropFirst("Usage: ".count).replacingOccurrences(of: "<options>", with: "<\(words.helpHeading(.options).lowercased())>")
                lines.append(words.helpHeading(.usage).capitalized + ": " + usage)
            } else if let match = line.firstMatch(of: /^(\s*)See '(.+) --help' for more information\.$/) {
                lines.append(String(match.1) + words.helpSeeMore(String(match.2)))
            } else {
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// With many allowed values the library lists them one per line after "Please provide one of
    /// the following:"; joined into its one-line form ("one of 'a', 'b'.") so one pattern reads both.
    private static func listsJoined(_ lines: [String]) -> [String] {
        var out: [String] = []
        for line in lines {
            if let item = line.firstMatch(of: /^\s+- (.+)$/), let last = out.last, last.hasSuffix(" of the following:") || last.hasSuffix("'") && last.contains(" of the following: ") {
                let head = last.hasSuffix(":") ? last + " " : last + ", "
                out[out.count - 1] = head + "'" + item.1 + "'"
                continue
            }
            out.append(line)
        }
        return out.map { line in
            guard line.contains(" of the following: '") else { return line }
            return line.replacingOccurrences(of: " of the following: ", with: " of ") + "."
        }
    }

    /// The kind of a usage error from its English sentence.
    static func parserError(_ sentence: String) -> ParserErrorKind {
        // Without a suggestion the library ends the sentence without a full stop.
        if let m = sentence.firstMatch(of: /^Unknown option '(.+?)'(?:\.? Did you mean '(.+?)'\?|\.)?$/) {
            return .unknownOption(String(m.1), suggestion: m.2.map(String.init))
        }
        // "--public=ja": a flag given a value; the value is what was not expected.
        if let m = sentence.firstMatch(of: /^The option '.+?' does not take any value, but '(.*)' was specified\.$/) {
            return .unexpectedArgument(String(m.1))
        }
        if let m = sentence.firstMatch(of: /^Missing expected argument '(.+)'$/) { return .missingArgument(String(m.1)) }
        if let m = sentence.firstMatch(of: /^Missing value for '(.+)'$/) { return .missingValue(String(m.1)) }
        if let m = sentence.firstMatch(of: /^The value '(.*)' is invalid for '(.+?)'(?:\. Please provide one of (.+)\.)?$/) {
            let allowed = m.3.map { list in list.matches(of: /'([^']*)'/).map { String($0.1) } } ?? []
            return .invalidValue(String(m.1), option: String(m.2), allowed: allowed)
        }
        if let m = sentence.firstMatch(of: /^Unexpected argument '(.+)'$/) { return .unexpectedArgument(String(m.1)) }
        if let m = sentence.firstMatch(of: /^(?:\d+ )?[Uu]nexpected arguments:? (.+)$/) {
            return .unexpectedArguments(m.1.matches(of: /'([^']*)'/).map { String($0.1) })
        }
        return .other(sentence)
    }

    /// "open (default)   Åpner …" → "open (standard)  Åpner …", keeping the columns.
    private static func replaceDefaultSubcommand(_ line: String, with word: String) -> String {
        guard let range = line.range(of: "(default)") else { return line }
        var out = line
        let grow = word.count - "(default)".count
        var end = range.upperBound
        var spaces = 0
        while end < out.endIndex, out[end] == " " { spaces += 1; end = out.index(after: end) }
        let kept = max(1, spaces - grow)
        out.replaceSubrange(range.lowerBound..<end, with: word + String(repeating: " ", count: kept))
        return out
    }
}
