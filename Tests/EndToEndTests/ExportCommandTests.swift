import AgreementKit
import AgreementStore
import Foundation
import Testing

@Suite("The real binary: export and log")
struct ExportCommandTests {
    static let id = "hoeggen-skole-2011"
    static let secret = "OMEGA-hemmelig: bedre på konflikthåndtering"

    /// A store with the samples, Hoeggen given log entries, ratings, a personal goal and some hostile text.
    private func store() throws -> String {
        let root = NSTemporaryDirectory() + "lederavtale-export-e2e-" + UUID().uuidString
        let result = try CommandRunner.run(["init", "--sample", "--store", root])
        #expect(result.status == 0, "\(result.stderr)")
        let store = AgreementStore(root: root)
        var a = try store.load(Self.id)
        a.personalGoals = [PersonalGoal(id: "pg-omega", text: Self.secret)]
        func day(_ d: Int, _ m: Int) -> LocalDate { LocalDate(year: 2011, month: m, day: d) ?? LocalDate.today() }
        if !a.goalAreas.isEmpty, !a.goalAreas[0].rows.isEmpty {
            let measure = a.goalAreas[0].rows[0].measures.first?.id
            a.goalAreas[0].rows[0].log = [
                LogEntry(id: "log-e2e-1", date: day(14, 3), text: "Avtale med idrettslaget", measureID: measure),
                LogEntry(id: "log-e2e-2", date: day(2, 2), text: "Konsert i aulaen \u{1B}[31m"),
                LogEntry(id: "log-e2e-3", date: day(5, 10), text: "Høstdugnad"),
            ]
            a.goalAreas[0].assessment.measuresRating = .asAgreed
            a.goalAreas[0].assessment.attainmentRating = .beyondAgreement
        }
        try store.save(a)
        return root
    }

    private func remove(_ path: String) { try? FileManager.default.removeItem(atPath: path) }

    private func mode(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int
    }

    @Test func everyFormatToStdout() throws {
        let root = try store()
        defer { remove(root) }
        for format in ["markdown", "html", "csv", "json"] {
            let result = try CommandRunner.run(["export", Self.id, "--format", format, "--store", root])
            #expect(result.status == 0, "\(format): \(result.stderr)")
            #expect(!result.stdout.isEmpty)
            #expect(result.stdout.contains(Self.secret) == (format != "csv"), "\(format)")
            #expect(result.stderr.contains("punkt 4") == (format != "csv"), "\(format): \(result.stderr)")
            #expect(!result.stdout.contains("\u{1B}"), "\(format)")
        }
        let csv = try CommandRunner.run(["export", Self.id, "--format", "csv", "--store", root])
        #expect(csv.stdout.hasPrefix("\u{FEFF}Del;Målområde;"))
        let tab = try CommandRunner.run(["export", Self.id, "--format", "csv", "--separator", "\\t", "--store", root])
        #expect(tab.stdout.hasPrefix("\u{FEFF}Del\tMålområde\t"))
        let markdown = try CommandRunner.run(["export", Self.id, "--format", "markdown", "--store", root])
        #expect(markdown.stdout.contains("| 1. Gjennomførte tiltak er: |   | X |   |"))
        #expect(markdown.stdout.contains("02.02.2011: Konsert i aulaen ␛\\[31m"))
    }

    @Test func publicExportsLeaveOutSectionFourInEveryFormat() throws {
        let root = try store()
        defer { remove(root) }
        for format in ["markdown", "html", "csv", "json"] {
            let result = try CommandRunner.run(["export", Self.id, "--format", format, "--public", "--store", root])
            #expect(result.status == 0)
            #expect(!result.stdout.contains("OMEGA-hemmelig"), "\(format)")
            #expect(!result.stdout.contains("pg-omega"), "\(format)")
            #expect(result.stderr.isEmpty, "\(format): \(result.stderr)")
        }
    }

    @Test func outputFilesNeverOverwriteAndFullOnesAreOwnerOnly() throws {
        let root = try store()
        let folder = root + "-ut"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { remove(root); remove(folder) }
        let full = try CommandRunner.run(["export", Self.id, "--format", "html", "--output", "avtale.html", "--store", root], currentDirectory: folder)
        #expect(full.status == 0, "\(full.stderr)")
        let path = URL(fileURLWithPath: folder + "/avtale.html").standardizedFileURL.path
        #expect(full.stdout == path + "\n")
        #expect(full.stderr.contains("0600"))
        #expect(mode(path) == 0o600)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.contains(Self.secret) && written.hasPrefix("<!DOCTYPE html>"))

        let again = try CommandRunner.run(["export", Self.id, "--format", "html", "--public", "--output", path, "--store", root])
        #expect(again.status == 1)
        #expect(again.stderr.contains("finnes allerede"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == written)

        let forced = try CommandRunner.run(["export", Self.id, "--format", "html", "--public", "--output", path, "--force", "--store", root])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(!forced.stderr.contains("0600"))
        #expect(mode(path) == 0o644)
        #expect(try !String(contentsOfFile: path, encoding: .utf8).contains(Self.secret))

        let json = try CommandRunner.run(["export", Self.id, "--output", folder + "/kopi.json", "--store", root])
        #expect(json.status == 0, "\(json.stderr)")
        #expect(mode(folder + "/kopi.json") == 0o600)
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/kopi.json"))) as? [String: Any]
        #expect(object?["personalGoals"] != nil)

        let csv = try CommandRunner.run(["export", Self.id, "--output", folder + "/rader.csv", "--store", root])
        #expect(csv.status == 0)
        #expect(mode(folder + "/rader.csv") == 0o644)
        #expect(FileManager.default.contents(atPath: folder + "/rader.csv")?.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["avtale.html", "kopi.json", "rader.csv"])
    }

    @Test func exportExitCodes() throws {
        let root = try store()
        defer { remove(root) }
        let unknown = try CommandRunner.run(["export", "finnes-ikke-2011", "--format", "markdown", "--store", root])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("finnes-ikke-2011"))
        let badFormat = try CommandRunner.run(["export", Self.id, "--format", "pdf", "--store", root])
        #expect(badFormat.status == 2)
        #expect(badFormat.stderr.contains("pdf"))
        let badSeparator = try CommandRunner.run(["export", Self.id, "--format", "csv", "--separator", "ab", "--store", root])
        #expect(badSeparator.status == 2)
        let separatorForHTML = try CommandRunner.run(["export", Self.id, "--format", "html", "--separator", ",", "--store", root])
        #expect(separatorForHTML.status == 2)
        let forceAlone = try CommandRunner.run(["export", Self.id, "--force", "--store", root])
        #expect(forceAlone.status == 2)
        let unwritable = try CommandRunner.run(["export", Self.id, "--output", "/nonexistent-lederavtale/a.md", "--store", root])
        #expect(unwritable.status == 1)
        #expect(unwritable.stderr.contains("/nonexistent-lederavtale/a.md"))
        let help = try CommandRunner.run(["export", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--public") && help.stdout.contains("--output"))
    }

    @Test func theLogWithDates() throws {
        let root = try store()
        defer { remove(root) }
        let all = try CommandRunner.run(["log", Self.id, "--store", root])
        #expect(all.status == 0, "\(all.stderr)")
        #expect(all.stdout.contains("Periode: hele året · 3 loggføringer"))
        #expect(!all.stdout.contains(Self.secret) && !all.stdout.contains("\u{1B}"))
        let lines = all.stdout.split(separator: "\n")
        let dates = lines.compactMap { line in line.hasPrefix("| ") ? line.split(separator: "|").first.map { $0.trimmingCharacters(in: .whitespaces) } : nil }
        #expect(dates == ["Dato", "---", "02.02.2011", "14.03.2011", "05.10.2011"])
        #expect(all.stdout.contains("| 14.03.2011 | Avtale med idrettslaget | Kulturelt entreprenørskap"))

        for (from, to) in [("1.2", "14.3"), ("01.02.2011", "14.03.2011"), ("1.2.11", "2011-03-14")] {
            let spring = try CommandRunner.run(["log", Self.id, "--from", from, "--to", to, "--store", root])
            #expect(spring.status == 0, "\(spring.stderr)")
            #expect(spring.stdout.contains("Periode: 01.02.2011–14.03.2011 · 2 loggføringer"), "\(from)–\(to)")
            #expect(!spring.stdout.contains("05.10.2011"))
        }
        let csv = try CommandRunner.run(["log", Self.id, "--from", "1.10", "--format", "csv", "--store", root])
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("\u{FEFF}Del;Målområde;Mål;Dato;Gjennomført tiltak;Tiltak i avtalen\r\n"))
        #expect(csv.stdout.contains(";05.10.2011;Høstdugnad;"))
        #expect(csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 2)
    }

    @Test func csvCellsThatWouldRunAsFormulasAreMadeText() throws {
        let root = try store()
        defer { remove(root) }
        let store = AgreementStore(root: root)
        var a = try store.load(Self.id)
        a.goalAreas[0].rows[0].target = "=HYPERLINK(\"http://x.test\";\"klikk\")"
        a.goalAreas[0].rows[0].log[0].text = "@SUM(A1:A9)"
        try store.save(a)
        let export = try CommandRunner.run(["export", Self.id, "--format", "csv", "--public", "--store", root])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.contains(";\"'=HYPERLINK(\"\"http://x.test\"\";\"\"klikk\"\")\";"))
        #expect(!export.stdout.contains(";=") && !export.stdout.contains(";\"="))
        let log = try CommandRunner.run(["log", Self.id, "--format", "csv", "--store", root])
        #expect(log.status == 0, "\(log.stderr)")
        #expect(log.stdout.contains(";'@SUM(A1:A9);"))
    }

    @Test func logUsageErrors() throws {
        let root = try store()
        defer { remove(root) }
        for arguments in [["--from", "i går"], ["--to", "32.1"], ["--from", "29.2"], ["--from", "14.3", "--to", "1.3"], ["--format", "html"]] {
            let result = try CommandRunner.run(["log", Self.id, "--store", root] + arguments)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(!result.stderr.isEmpty)
        }
        let unknown = try CommandRunner.run(["log", "finnes-ikke-2011", "--store", root])
        #expect(unknown.status == 1)
    }
}

@Suite("Export from the interface")
struct InterfaceExportTests {
    @Test func eWritesThePublicHTMLInTheCurrentFolderAndSaysWhere() throws {
        let store = try InterfaceTests.SampleStore()
        let folder = NSTemporaryDirectory() + "lederavtale-e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let tmux = try TmuxSession(command: ["sh", "-c", "cd \"$0\" && exec \"$@\"", folder, CommandRunner.binary, "eide-barneskole-2013", "--store", store.path],
                                   width: 140, height: 40)
        try tmux.waitFor("Eide barneskole 2013")
        tmux.send(keys: "e")
        try tmux.waitFor("Hvilket format?")
        tmux.send(keys: "h")
        try tmux.waitFor("Offentlig utgave eller full kopi?")
        tmux.send(keys: "o")
        try tmux.waitFor("eide-barneskole-2013-offentlig.html")
        tmux.send(keys: "Enter")
        try tmux.waitFor("Skrev \(folder)/eide-barneskole-2013-offentlig.html")
        let html = try String(contentsOfFile: folder + "/eide-barneskole-2013-offentlig.html", encoding: .utf8)
        #expect(html.contains("Punkt 4 er unntatt offentlighet"))
        #expect(!html.contains("Eksempel:"), "the example personal goal stays out of the public copy")
        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)
    }
}
