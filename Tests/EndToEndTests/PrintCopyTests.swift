import Foundation
import FoundationXML
import Testing

/// The HTML export printed to A4 by headless Chromium, read back with poppler: the print copy
/// of the Hoeggen sample is at most 12 pages, breaks no word without a hyphen, numbers its
/// pages "side N av M" under a running header, and ends with the signature block.
@Suite("The print copy: the HTML export printed to A4 PDF")
struct PrintCopyTests {
    static let id = "hoeggen-skole-2011"

    /// The sample store, its full (or public) HTML export and the PDF Chromium prints of it.
    private func printed(public isPublic: Bool) throws -> (folder: String, html: String, pdf: String) {
        let folder = NSTemporaryDirectory() + "lederavtale-print-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let store = folder + "/store", html = folder + "/\(Self.id).html", pdf = folder + "/\(Self.id).pdf"
        let initResult = try CommandRunner.run(["init", "--sample", "--store", store])
        #expect(initResult.status == 0, "\(initResult.stderr)")
        let export = try CommandRunner.run(["export", Self.id, "--format", "html", "--store", store, "--output", html]
                                           + (isPublic ? ["--public"] : []))
        #expect(export.status == 0, "\(export.stderr)")
        try PrintTools.printToPDF(html, pdf, in: folder)
        return (folder, html, pdf)
    }

    @Test(.enabled(if: PrintTools.available, "needs chromium and poppler-utils (.ci/run installs them)"))
    func theSamplePrintsOnAtMostTwelveA4PagesWithNoWordBroken() throws {
        for isPublic in [false, true] {
            let (folder, html, pdf) = try printed(public: isPublic)
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let sizes = try PrintTools.pageSizes(pdf, in: folder)
            #expect((1...12).contains(sizes.count), "\(sizes.count) pages (public: \(isPublic))")
            for (n, size) in sizes.enumerated() {
                let (short, long) = (min(size.width, size.height), max(size.width, size.height))
                #expect(abs(short - 595.3) < 1.5 && abs(long - 841.9) < 1.5, "page \(n + 1) is \(size.width) × \(size.height) pt, not A4")
            }
            #expect(sizes.first.map { $0.width < $0.height } == true, "the cover is portrait")
            #expect(sizes.contains { $0.width > $0.height }, "the goal tables are on landscape pages")

            let text = try PrintTools.text(pdf, in: folder)
            let words = try PrintedWords.words(ofHTML: String(contentsOfFile: html, encoding: .utf8))
            #expect(words.contains("sykefraværsanalysen"))
            let broken = PrintedWords.brokenWords(in: text, words: words)
            #expect(broken.isEmpty, "words broken without a hyphen: \(broken.prefix(10))")
        }
    }

    @Test(.enabled(if: PrintTools.available, "needs chromium and poppler-utils (.ci/run installs them)"))
    func everyPageIsNumberedUnderARunningHeaderAndTheCopyEndsWithSignatures() throws {
        let (folder, _, pdf) = try printed(public: false)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pages = try PrintTools.pageSizes(pdf, in: folder).count
        let text = try PrintTools.text(pdf, in: folder)
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        for page in 1...pages { #expect(lines.contains("side \(page) av \(pages)"), "no «side \(page) av \(pages)»") }
        let header = "Trondheim kommune · Hoeggen skole · 2011 Lederavtale"
        #expect(lines.filter { $0 == header }.count == pages - 1, "the running header on every page but the cover")
        let signatures = try #require(lines.lastIndex(of: "Underskrifter"), "no signature block")
        let after = lines[signatures...].joined(separator: "\n")
        for label in ["Sted", "Dato", "Enhetsleder", "Rådmann / kommunaldirektør", "Kontaktperson"] {
            #expect(after.contains(label), "the signature block lacks «\(label)»")
        }
        let lastPage = try PrintTools.run(PrintTools.pdftotext, ["-f", String(pages), "-l", String(pages), "-raw", pdf, "-"], in: folder)
        #expect(lastPage.contains("Underskrifter"), "the signature block is on the last page")
        #expect(text.contains("B Blå: fylles ut ved inngåelse av lederavtalen"), "the phase legend, with its letters")
    }
}

/// Words of the HTML page and the places where the printed text breaks one of them.
enum PrintedWords {
    /// Every whitespace-separated word of the page's text (not its style or title); `<wbr/>`
    /// joins, every other element boundary separates.
    static func words(ofHTML html: String) throws -> Set<String> {
        final class Collector: NSObject, XMLParserDelegate {
            var text = "", hidden = 0
            func parser(_ p: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
                if name == "style" || name == "title" { hidden += 1 }
                if name != "wbr" { text += " " }
            }
            func parser(_ p: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
                if name == "style" || name == "title" { hidden -= 1 }
                if name != "wbr" { text += " " }
            }
            func parser(_ p: XMLParser, foundCharacters string: String) { if hidden == 0 { text += string } }
        }
        let parser = XMLParser(data: Data(html.utf8))
        let collector = Collector()
        parser.delegate = collector
        guard parser.parse() else { throw PrintTools.Failure(description: "the HTML is not well-formed") }
        return Set(collector.text.split(whereSeparator: \.isWhitespace).map(String.init))
    }

    /// A web address: it may break at its slashes, dots and question marks without a hyphen.
    static func isAddress(_ word: String) -> Bool {
        word.contains("://") || word.hasPrefix("www.")
    }

    private static let punctuation = CharacterSet(charactersIn: ".,;:!?()«»\"'”“’")

    /// The line ends that cut a word: the last word of a line and the first of the next join to
    /// (part of) a word of the page, the two are not both words on their own, and the line does
    /// not end in a hyphen or slash. Web addresses may break anywhere (they are not words).
    static func brokenWords(in text: String, words: Set<String>) -> [String] {
        let bare = Set(words.map { $0.trimmingCharacters(in: punctuation) })
        let lines = text.split(whereSeparator: \.isNewline).map { $0.split(whereSeparator: \.isWhitespace) }.filter { !$0.isEmpty }
        var broken: [String] = []
        for (line, next) in zip(lines, lines.dropFirst()) {
            guard let end = line.last.map(String.init), let start = next.first.map(String.init) else { continue }
            if end.hasSuffix("-") || end.hasSuffix("/") || end.hasSuffix("\u{AD}") { continue }
            if bare.contains(end.trimmingCharacters(in: punctuation)) && bare.contains(start.trimmingCharacters(in: punctuation)) { continue }
            let joined = String(end.drop { punctuation.contains($0.unicodeScalars.first ?? " ") })
                + String(start.reversed().drop { punctuation.contains($0.unicodeScalars.first ?? " ") }.reversed())
            let cut = words.filter { $0.contains(joined) }
            if !cut.isEmpty && !cut.allSatisfy(isAddress) { broken.append("\(end)|\(start)") }
        }
        return broken
    }
}
