@testable import AgreementStore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `indicator import` killed with SIGKILL at random moments (issue 18): the whole file is checked
/// before anything is written and an agreement is saved atomically, so a file for one agreement
/// leaves the store exactly as it was or fully imported — never half — and a rerun completes it.
@Suite("Crash safety: SIGKILL during indicator import", .serialized)
struct ImportKillTests {
    /// The agreement files of a store, byte for byte.
    private func files(_ root: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: root) where name.hasSuffix(".json") && !name.hasPrefix(".") {
            out[name] = FileManager.default.contents(atPath: root + "/" + name)
        }
        return out
    }

    @Test func aKilledImportLeavesTheStoreAsItWasOrWholeAndARerunCompletesIt() throws {
        let root = NSTemporaryDirectory() + "lederavtale-import-kill-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(try CommandRunner.run(["init", "--sample", "--store", root]).status == 0)
        // Many lines, so that checking them takes a while: the same three values again and again
        // (a value given twice alike is no conflict), all for Eide.
        let lines = [
            "eide;2.1/1;Sykefravær;2013-Q2;5,5;result;Personalsystemet;;",
            "eide;2.1/1;Sykefravær;2013-Q3;5,2;result;Personalsystemet;;",
            "eide;2.1/1;Sykefravær;2013-Q2;5,8;national;SSB;;",
        ]
        let text = "agreement;goal;indicator;period;value;kind;source;unit;better\n" + Array(repeating: lines.joined(separator: "\n"), count: 6_000).joined(separator: "\n") + "\n"
        let csv = root + "-values.csv"
        try text.write(toFile: csv, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: csv) }
        let before = try files(root)
        let null = open("/dev/null", O_WRONLY | O_CLOEXEC)
        defer { close(null) }
        var generator = SplitMix64Source(seed: 18)
        var unchanged = 0, whole = 0
        for kill in 0..<12 {
            let pid = try ChildProcess.start([CommandRunner.binary, "indicator", "import", csv, "--store", root],
                                           environment: ProcessInfo.processInfo.environment, output: null, error: null, searchPath: false)
            usleep(UInt32(generator.next() % 1_500_000))
            Glibc.kill(pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            let now = try files(root)
            let check = try CommandRunner.run(["check", "--store", root])
            #expect(check.status == 0, "kill \(kill): every file parses and checks\n\(check.stdout)\(check.stderr)")
            if now == before {
                unchanged += 1
            } else {
                let eide = try AgreementStore(root: root).load("eide-barneskole-2013")
                let sickLeave = eide.allIndicators.first { $0.indicator.name == "Sykefravær" }?.indicator
                let results = sickLeave?.results.map(\.value) ?? []
                #expect(results.contains(5.5) && results.contains(5.2) && sickLeave?.comparisons.map(\.value).contains(5.8) == true,
                        "kill \(kill): a changed store holds the whole import, not part of it")
                whole += 1
            }
            // Back to the start for the next kill, unless the import is to be completed below.
            if kill < 11 { for (name, data) in before { try data.write(to: URL(fileURLWithPath: root + "/" + name)) } }
        }
        #expect(unchanged > 0, "at least one kill fell before the save")
        print("import killed 12 times: \(unchanged) left the store as it was, \(whole) after the whole import")
        let rerun = try CommandRunner.run(["indicator", "import", csv, "--store", root])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let again = try CommandRunner.run(["indicator", "import", csv, "--store", root])
        #expect(again.stdout.contains("importerte 0 verdier i 0 avtaler"), "a completed import changes nothing the second time: \(again.stdout)")
    }
}

/// SplitMix64 for the kill delays.
private struct SplitMix64Source {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
