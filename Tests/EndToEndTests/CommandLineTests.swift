import Foundation
import Testing

@Suite("The command line: init, list, check and exit codes")
struct CommandLineTests {
    private func temporaryStore() -> String {
        NSTemporaryDirectory() + "lederavtale-cli-" + UUID().uuidString
    }

    @Test func initSampleThenCheckCountsTheWholeForm() throws {
        let store = temporaryStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let initResult = try CommandRunner.run(["init", "--sample", "--store", store])
        #expect(initResult.status == 0, "\(initResult.stderr)")
        #expect(initResult.stdout.contains("la inn hoeggen-skole-2011"))
        #expect(initResult.stdout.contains("la inn eide-barneskole-2013"))
        #expect(initResult.stdout.contains("la inn furumo-barnehage-2011"), "and the demo municipality")
        let check = try CommandRunner.run(["check", "--store", store])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("hoeggen-skole-2011: 14 målområder, 24 rader, 57 tiltak, 52 støtte, 0 logg, sjekkliste 0/10"))
        #expect(check.stdout.contains("totalt: 20 avtaler"), "the two samples and 18 demo agreements")
        #expect(check.stdout.contains("alt i orden"))
        let text = try String(contentsOfFile: store + "/hoeggen-skole-2011.json", encoding: .utf8)
        #expect(text.contains("Redusert sykefravær") && !text.contains("\\u00"))
        let attributes = try FileManager.default.attributesOfItem(atPath: store + "/hoeggen-skole-2011.private.json")
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func listStartsEachLineWithTheId() throws {
        let store = temporaryStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        _ = try CommandRunner.run(["init", "--sample", "--store", store])
        let list = try CommandRunner.run(["list", "--store", store])
        #expect(list.status == 0)
        let lines = list.stdout.split(separator: "\n")
        #expect(lines.count == 20, "the two samples and the demo municipality")
        // Columns padded to the longest id and unit: split at runs of two or more spaces.
        let cells = lines.map { $0.split(separator: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        let eide = try #require(cells.firstIndex { $0.first == "eide-barneskole-2013" })
        let hoeggen = try #require(cells.firstIndex { $0.first == "hoeggen-skole-2011" })
        #expect(eide < hoeggen, "Norwegian order: E before H")
        #expect(cells[eide].prefix(4) == ["eide-barneskole-2013", "Eide barneskole", "2013", "Oppfølging"])
        #expect(cells[hoeggen].prefix(4) == ["hoeggen-skole-2011", "Hoeggen skole", "2011", "Oppfølging"])
        #expect(lines[hoeggen].hasSuffix("logg 0/24 rader · vurdert 0/14 · sjekkliste 0/10"))
        #expect(cells.last?.first == "storhaugen-kulturhus-2010", "the newest year first within a unit")
    }

    @Test func aBrokenFileIsNamedLeftUntouchedAndTheOthersStillList() throws {
        let store = temporaryStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        _ = try CommandRunner.run(["init", "--sample", "--store", store])
        let original = try Data(contentsOf: URL(fileURLWithPath: store + "/hoeggen-skole-2011.json"))
        let broken = original.prefix(original.count / 3)
        try broken.write(to: URL(fileURLWithPath: store + "/kopi-skole-2011.json"))
        let check = try CommandRunner.run(["check", "--store", store])
        #expect(check.status == 1)
        let pattern = try Regex("\(store)/kopi-skole-2011\\.json:[0-9]+:[0-9]+: ")
        #expect(check.stdout.contains(pattern), "\(check.stdout)")
        let list = try CommandRunner.run(["list", "--store", store])
        #expect(list.status == 1)
        #expect(list.stdout.contains("\nhoeggen-skole-2011 "))
        #expect(list.stderr.contains("kopi-skole-2011.json:"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: store + "/kopi-skole-2011.json")) == broken)
    }

    @Test func scriptsNeverCreateTheDefaultStore() throws {
        let home = temporaryStore()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let environment = ["XDG_DATA_HOME": home, "LEDERAVTALE_STORE": ""]
        for arguments in [["list"], ["check"], ["export", "hoeg"], ["log", "hoeg"]] {
            let result = try CommandRunner.run(arguments, environment: environment)
            #expect(result.status == 1, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("standardlageret \(home)/lederavtale finnes ikke ennå"), "\(arguments): \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: home), "\(arguments) created \(home)")
        }
    }

    @Test func theAppCreatesAndSeedsTheDefaultStoreOnFirstRun() throws {
        let home = temporaryStore()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let tmux = try TmuxSession(command: [CommandRunner.binary], width: 100, height: 30, environment: ["XDG_DATA_HOME": home])
        try tmux.waitFor("velg avtale")
        #expect(FileManager.default.fileExists(atPath: home + "/lederavtale/hoeggen-skole-2011.json"))
        tmux.send(keys: "Escape")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func theBinaryRunsFromAnotherFolderWithItsSamplesBuiltIn() throws {
        let store = temporaryStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let result = try CommandRunner.run(["init", "--sample", "--store", store], currentDirectory: "/")
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: store + "/hoeggen-skole-2011.json"))
    }

    @Test func usageErrorsExitWith2() throws {
        let unknown = try CommandRunner.run(["list", "--no-such-option"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("--no-such-option"))
        let missingStore = try CommandRunner.run(["check", "--store", "/nonexistent/lederavtale-store"])
        #expect(missingStore.status == 1)
        #expect(missingStore.stderr.contains("finnes ikke"))
        let help = try CommandRunner.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("lederavtale"))
    }
}
