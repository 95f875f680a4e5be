import Foundation
import Testing

/// Every user-visible word comes from the catalogue: a string literal with Norwegian in it
/// anywhere else in `Sources` fails this test (letters in text-processing tables — slugs,
/// Norwegian sort order, search folding — and generated demo data are listed as exceptions).
@Suite("No Norwegian outside the catalogue")
struct NorwegianLiteralTests {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// The targets whose literals are checked.
    static let targets = ["AgreementKit", "AgreementUI", "AgreementExport"]

    /// Files whose Norwegian letters are data for processing text, not words for people.
    static let exceptions: Set<String> = [
        "AgreementKit/Slug.swift", "AgreementKit/NorwegianOrder.swift", "AgreementUI/Screens/Browse/BrowseState+Search.swift",
    ]

    static let words: Set<String> = [
        "ikke", "og", "er", "av", "til", "med", "på", "som", "eller", "ingen", "finnes", "kan", "skal", "mangler", "lagret",
        "lagre", "avslutt", "velg", "skriv", "slett", "slette", "avtale", "avtalen", "fase", "fasen", "logg", "tiltak", "tiltaket",
        "raden", "hjelp", "søk", "enhet", "enheten", "leder", "kontaktperson", "filen", "kunne", "utført", "angre", "denne",
        "dette", "mål", "målområde", "støtte", "begrunnelse", "referat", "oppsummering", "ny", "nytt", "nye", "neste", "forrige",
    ]

    @Test func noStringLiteralOutsideTheCatalogueIsNorwegian() throws {
        var found: [String] = []
        for target in Self.targets {
            let folder = Self.root.appendingPathComponent("Sources/\(target)")
            guard let files = FileManager.default.enumerator(atPath: folder.path) else { continue }
            for case let file as String in files where file.hasSuffix(".swift") {
                let relative = "\(target)/\(file)"
                guard !Self.exceptions.contains(relative) else { continue }
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                for (line, literal) in SwiftLiterals.strings(in: text) where Self.isNorwegian(literal) {
                    found.append("Sources/\(relative):\(line): \"\(literal)\"")
                }
            }
        }
        #expect(found.isEmpty, "Norwegian outside the catalogue:\n\(found.prefix(30).joined(separator: "\n"))")
    }

    @Test func theCheckFindsWhatItLooksFor() {
        let sample = #"let a = "Lagret \(time)"; let b = "ok" // "ikke sjekket"\n let c = """\n   Velg en avtale\n   """"#
        let literals = SwiftLiterals.strings(in: sample.replacingOccurrences(of: "\\n", with: "\n")).map(\.1)
        #expect(literals.contains { $0.contains("Lagret") })
        #expect(literals.contains { $0.contains("Velg en avtale") })
        #expect(!literals.contains { $0.contains("ikke sjekket") }, "comments are not literals")
        #expect(Self.isNorwegian("Lagret 10:42") && Self.isNorwegian("blå") && !Self.isNorwegian("%Y-%m-%d") && !Self.isNorwegian("Ctrl-R"))
    }

    static func isNorwegian(_ literal: String) -> Bool {
        if literal.contains(where: { "æøåÆØÅ".contains($0) }) { return true }
        let tokens = literal.lowercased().split { !$0.isLetter }
        return tokens.contains { words.contains(String($0)) }
    }
}

/// The string literals of Swift source, with their line numbers: "…", """…""" and #"…"#,
/// interpolations left in as text; comments skipped.
enum SwiftLiterals {
    static func strings(in source: String) -> [(Int, String)] {
        let chars = Array(source)
        var out: [(Int, String)] = []
        var i = 0, line = 1
        func at(_ k: Int) -> Character? { k < chars.count ? chars[k] : nil }
        while i < chars.count {
            let c = chars[i]
            if c == "\n" { line += 1; i += 1; continue }
            if c == "/", at(i + 1) == "/" {
                while i < chars.count, chars[i] != "\n" { i += 1 }
                continue
            }
            if c == "/", at(i + 1) == "*" {
                i += 2
                while i < chars.count, !(chars[i] == "*" && at(i + 1) == "/") { if chars[i] == "\n" { line += 1 }; i += 1 }
                i += 2
                continue
            }
            if c == "\"" || (c == "#" && at(i + 1) == "\"") {
                var hashes = 0
                while at(i) == "#" { hashes += 1; i += 1 }
                let multi = at(i) == "\"" && at(i + 1) == "\"" && at(i + 2) == "\""
                let quote = multi ? 3 : 1
                i += quote
                let start = line
                var text = ""
                while i < chars.count {
                    if chars[i] == "\\" && hashes == 0 { text.append(chars[i]); if let n = at(i + 1) { text.append(n) }; i += 2; continue }
                    if chars[i] == "\"" {
                        let closes = multi ? (at(i + 1) == "\"" && at(i + 2) == "\"") : true
                        var k = i + quote, h = 0
                        while h < hashes, at(k) == "#" { h += 1; k += 1 }
                        if closes && h == hashes { i = k; break }
                    }
                    if chars[i] == "\n" {
                        line += 1
                        if !multi { break }
                    }
                    text.append(chars[i])
                    i += 1
                }
                out.append((start, text))
                continue
            }
            i += 1
        }
        return out
    }
}
