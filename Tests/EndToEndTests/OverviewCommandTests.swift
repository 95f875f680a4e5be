import Foundation
import FoundationXML
import Testing

/// `lederavtale overview` and `export --all` for scripts and reports, on the sample store.
@Suite("overview and export --all on the command line")
struct OverviewCommandTests {
    static let columns = "id;unit;serviceArea;leader;contactPerson;year;phase;progressDone;progressRequired;nextDeadline;overdue;logEntries30d;ratingAbove;ratingAsAgreed;ratingBelow;openImprovementPlans"

    private func run(_ arguments: [String], _ store: InterfaceTests.SampleStore, environment: [String: String] = [:]) throws -> CommandRunner.Result {
        try CommandRunner.run(arguments + ["--store", store.path], environment: environment)
    }

    @Test func csvHasOneHeaderRowWithTheDocumentedColumnsAndARowPerAgreement() throws {
        let store = try InterfaceTests.SampleStore()
        let csv = try run(["overview", "--format", "csv"], store)
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == "\u{FEFF}" + Self.columns)
        #expect(lines.count == 21)
        #expect(lines.contains("furumo-barnehage-2011;Furumo barnehage;Oppvekst og utdanning;Per Myhre;Ingrid Solberg;2011;agreement;10;17;2011-03-01;true;0;0;0;0;0"))
        #expect(lines.dropFirst().filter { $0.contains(";true;") }.count == 7)
    }

    @Test func jsonIsATopLevelArrayOfObjectsWithThoseKeys() throws {
        let store = try InterfaceTests.SampleStore()
        let json = try run(["overview", "--format", "json", "--year", "2010"], store)
        #expect(json.status == 0, "\(json.stderr)")
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 6)
        for object in array { #expect(Set(object.keys) == Set(Self.columns.split(separator: ";").map(String.init))) }
        let granli = try #require(array.first { $0["id"] as? String == "granli-helse-og-velferdssenter-2010" })
        #expect(granli["phase"] as? String == "closed" && granli["nextDeadline"] is NSNull && granli["overdue"] as? Bool == false)
        #expect(granli["ratingAbove"] as? Int == 0 && granli["ratingAsAgreed"] as? Int == 3 && granli["ratingBelow"] as? Int == 4)
        #expect(granli["openImprovementPlans"] as? Int == 4, "follow-ups run to October 2011")
        #expect(json.stdout.hasPrefix("[\n  {\n    \"id\" : "), "keys in the documented order")
    }

    @Test func theFiltersNarrowTheRowsAndTheTimeReferenceMovesBehind() throws {
        let store = try InterfaceTests.SampleStore()
        func ids(_ arguments: [String], environment: [String: String] = [:]) throws -> [String] {
            let result = try run(["overview", "--format", "csv"] + arguments, store, environment: environment)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            return result.stdout.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.map { String($0.split(separator: ";")[0]) }
        }
        #expect(try ids(["--contact", "ingrid"]).count == 5)
        #expect(try ids(["--contact", "Åse Brænd", "--year", "2011"]) == ["havbakken-fritidsklubb-2011", "linnea-bibliotek-2011", "lyngtoppen-oppvekstsenter-2011", "solsiden-sykehjem-2011"])
        #expect(try ids(["--service-area", "kultur", "--phase", "avsluttet"]) == ["linnea-bibliotek-2010", "storhaugen-kulturhus-2010"])
        #expect(try ids(["--phase", "B"]) == ["furumo-barnehage-2011"])
        #expect(try ids(["--behind"]).count == 7)
        // In February no 2011 deadline has passed yet; in 2012 the open 2011 agreements are all late.
        #expect(try ids(["--behind", "--year", "2011", "--today", "2011-02-15"]) == [])
        #expect(try ids(["--behind", "--year", "2011"], environment: ["LEDERAVTALE_TODAY": "2012-02-15"]).count == 13, "the twelve and Hoeggen")
        let md = try run(["overview", "--format", "md", "--behind"], store)
        let markdown = try run(["overview", "--format", "markdown", "--behind"], store)
        #expect(md.stdout == markdown.stdout && md.stdout.contains("| Enhet | Tjenesteområde |"))
        #expect(try run(["overview", "--phase", "snart"], store).status == 2)
    }

    @Test func aTableWithTheRollUpsAndAnHTMLPageThatParses() throws {
        let store = try InterfaceTests.SampleStore()
        let table = try run(["overview", "--year", "2010"], store)
        #expect(table.status == 0)
        #expect(table.stdout.hasPrefix("id "))
        #expect(table.stdout.contains("Sum: Per 15.09.2011 · 6 avtaler · 1 på etterskudd"))
        #expect(table.stdout.contains("Redusert sykefravær: 3 mindre enn, 2 i tråd med, 1 ut over avtalen"))
        let html = try run(["overview", "--format", "html"], store)
        #expect(html.status == 0)
        let document = try XMLDocumentLite.parse(html.stdout)
        #expect(document.contains("<table class=\"overview\">") && !html.stdout.contains("<script"))
    }

    @Test func aBrokenFileIsALineWithItsPlaceAndNeverHidesTheRest() throws {
        let store = try InterfaceTests.SampleStore()
        let original = try Data(contentsOf: URL(fileURLWithPath: store.path + "/hoeggen-skole-2011.json"))
        try original.prefix(original.count / 3).write(to: URL(fileURLWithPath: store.path + "/kopi-skole-2011.json"))
        let table = try run(["overview"], store)
        #expect(table.status == 1)
        #expect(table.stdout.contains(try Regex("ulesbar: \(store.path)/kopi-skole-2011\\.json:[0-9]+:[0-9]+: ")), "\(table.stdout)")
        #expect(table.stdout.contains("hoeggen-skole-2011 "))
        let csv = try run(["overview", "--format", "csv"], store)
        #expect(csv.status == 1)
        #expect(csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 21)
        #expect(csv.stderr.contains("kopi-skole-2011.json:"))
    }

    @Test func outputFollowsTheExtensionAndNeverOverwritesWithoutForce() throws {
        let store = try InterfaceTests.SampleStore()
        let folder = NSTemporaryDirectory() + "lederavtale-overview-out-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let written = try run(["overview", "--output", folder + "/oversikt.json"], store)
        #expect(written.status == 0 && written.stdout == folder + "/oversikt.json\n", "\(written.stderr)")
        #expect(try String(contentsOfFile: folder + "/oversikt.json", encoding: .utf8).hasPrefix("[\n"))
        #expect(try run(["overview", "--output", folder + "/oversikt.json"], store).status == 1)
        #expect(try run(["overview", "--output", folder + "/oversikt.json", "--force"], store).status == 0)
        #expect(try run(["overview", "--output", folder + "/oversikt.docx"], store).status == 2)
        #expect(try run(["overview", "--format", "csv", "--output", folder + "/oversikt.html"], store).status == 2)
    }

    @Test func exportAllIsTheOverviewThenEveryPublicCopyAndNeverSectionFour() throws {
        let store = try InterfaceTests.SampleStore()
        let md = try run(["export", "--all", "--format", "md", "--service-area", "oppvekst"], store)
        #expect(md.status == 0, "\(md.stderr)")
        let overview = try #require(md.stdout.range(of: "# Oversikt over lederavtaler"))
        let eide = try #require(md.stdout.range(of: "# Lederavtale 2013 – Eide barneskole"))
        #expect(overview.lowerBound < eide.lowerBound, "the summary table comes first")
        #expect(md.stdout.contains("# Lederavtale 2010 – Bjørkelia skole"))
        #expect(!md.stdout.contains("# Lederavtale 2011 – Hoeggen skole"), "Hoeggen's form names no service area")
        #expect(!md.stdout.contains("Eksempel:"), "Eide's personal goal (section 4) is never in a multi-unit export")
        let csv = try run(["export", "--all", "--format", "csv", "--year", "2010"], store)
        let lines = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first?.hasPrefix("\u{FEFF}id;Enhet;År;") == true)
        #expect(Set(lines.dropFirst().map { String($0.split(separator: ";")[0]) }).count == 6, "one row per goal row, the unit's id first")
        let html = try run(["export", "--all", "--format", "html"], store)
        #expect(html.status == 0)
        _ = try XMLDocumentLite.parse(html.stdout)
        #expect(try run(["export", "--all", "--format", "json"], store).status == 2)
        #expect(try run(["export", "hoeg", "--all"], store).status == 2)
        #expect(try run(["export", "hoeg", "--behind"], store).status == 2)
        #expect(try run(["export"], store).status == 2)
    }

    @Test func concurrentSaversLeaveAnIndexThatAgreesWithTheFiles() throws {
        let store = try InterfaceTests.SampleStore()
        let ids = ["bjorkelia-skole-2011", "furumo-barnehage-2011", "linnea-bibliotek-2011", "solsiden-sykehjem-2011"]
        let savers = try ids.map { id -> Process in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CommandRunner.binary)
            process.arguments = ["save-loop", "--id", id, "--count", "25", "--store", store.path]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            return process
        }
        // Listings run while the savers write.
        for _ in 0..<5 { #expect(try run(["overview", "--format", "csv"], store).status == 0) }
        for saver in savers { saver.waitUntilExit(); #expect(saver.terminationStatus == 0) }
        let warm = try run(["overview", "--format", "json"], store)
        for name in [".index.json", ".index.delta.json"] { try? FileManager.default.removeItem(atPath: store.path + "/" + name) }
        let cold = try run(["overview", "--format", "json"], store)
        #expect(warm.stdout == cold.stdout, "the index kept by the savers says what the files say")
        #expect(warm.stdout.contains("\"logEntries30d\" : "))
    }

    @Test func theOverviewAndTheWheelAgreeOnWhoIsBehindAndTheTableAlignsItsMarks() throws {
        let store = try InterfaceTests.SampleStore()
        let csv = try run(["overview", "--format", "csv", "--behind"], store)
        let behind = Set(csv.stdout.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.compactMap { $0.split(separator: ";").first.map(String.init) })
        let due = try run(["wheel", "--due", "0", "--format", "csv"], store)
        #expect(due.status == 0, "\(due.stderr)")
        let wheelLines = due.stdout.components(separatedBy: "\r\n").dropFirst().filter { $0.contains(";overdue;") }
        let all = try run(["overview", "--format", "csv"], store).stdout.components(separatedBy: "\r\n").dropFirst().compactMap { $0.split(separator: ";").first.map(String.init) }
        let overdue = Set(all.filter { id in wheelLines.contains { $0.contains(id + ";") } })
        #expect(behind.count == 7 && behind == overdue, "overview: \(behind.sorted()) wheel: \(overdue.sorted())")
        let table = try run(["overview"], store).stdout.split(separator: "\n").map(String.init)
        let header = try #require(table.first)
        let found = try #require(header.range(of: "Neste frist"))
        let column = header.distance(from: header.startIndex, to: found.lowerBound)
        for line in table.dropFirst().prefix(20) {
            let cell = String(Array(line).dropFirst(column).prefix(2))
            #expect(cell.hasPrefix("! ") || cell.hasPrefix("  "), "the «!» stands in a column of its own: «\(line)»")
        }
        #expect(table.contains { $0.contains("■ Avsluttet") }, "a closed phase has its mark, as on the screen")
    }
}

/// A strict well-formedness check of an HTML page (XML rules, as FoundationXML would apply them).
enum XMLDocumentLite {
    struct Malformed: Error, CustomStringConvertible { var description: String }

    static func parse(_ text: String) throws -> String {
        let parser = XMLParser(data: Data(text.replacingOccurrences(of: "<!DOCTYPE html>", with: "").utf8))
        guard parser.parse() else { throw Malformed(description: "not well-formed: \(parser.parserError.map { "\($0)" } ?? "?")") }
        return text
    }
}
