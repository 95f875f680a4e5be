import AgreementKit
import AgreementStore
import Foundation
import Testing

@Suite("The real binary: indicator set, import and export")
struct IndicatorCommandTests {
    private func store() throws -> String {
        let root = NSTemporaryDirectory() + "lederavtale-indicator-e2e-" + UUID().uuidString
        let result = try CommandRunner.run(["init", "--sample", "--store", root])
        #expect(result.status == 0, "\(result.stderr)")
        return root
    }

    private func write(_ text: String, in root: String, name: String) throws -> String {
        let path = root + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private func files(_ root: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: root) where name.hasSuffix(".json") {
            out[name] = FileManager.default.contents(atPath: root + "/" + name)
        }
        return out
    }

    @Test func threeQuarterlyValuesFlipTheStatusWhenTheTargetIsMet() throws {
        let root = try store()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let target = try CommandRunner.run(["indicator", "set", "eide", "2.1/1", "sykefravær", "--period", "2013", "--value", "5", "--kind", "mål",
                                            "--reason", "Mål for året", "--store", root])
        #expect(target.status == 0, "\(target.stderr)")
        for (quarter, value) in [("2013-Q2", "6,5"), ("2013-Q3", "5.5"), ("2013-Q4", "4,8")] {
            let set = try CommandRunner.run(["indicator", "set", "eide", "2.1/1", "sykefravær", "--period", quarter, "--value", value, "--store", root])
            #expect(set.status == 0, "\(set.stderr)")
        }
        let again = try CommandRunner.run(["indicator", "set", "eide", "2.1/1", "sykefravær", "--period", "2013-Q4", "--value", "4.8", "--store", root])
        #expect(again.status == 0 && again.stdout.contains("ingenting endret"), "\(again.stdout)")
        let indicator = try #require(try AgreementStore(root: root).load("eide-barneskole-2013").allIndicators.first?.indicator)
        #expect(indicator.results.map(\.value) == [6, 6.5, 5.5, 4.8])
        #expect(indicator.status == .met)
        let markdown = try CommandRunner.run(["export", "eide", "--format", "markdown", "--store", root])
        #expect(markdown.stdout.contains("Målt: Sykefravær – 4,8 % (4. kvartal 2013) · "), "\(markdown.stdout)")
    }

    @Test func aBrokenFileImportsNothingAndSaysWhereThenTheGoodOneImportsOnce() throws {
        let root = try store()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let good = """
            agreement;goal;indicator;period;value;kind;source;unit;better
            eide;2.1/1;Sykefravær;2013-Q2;5,5;result;Personalsystemet;;
            hoeggen;2.1/2;Sykefravær;2011-Q1;5,0;result;Personalsystemet;;
            hoeggen;2.1/2;Sykefravær;2011-Q1;6,1;national;SSB;;

            """
        let before = try files(root)
        let broken = try write(good + "hoeggen;2.1/2;Sykefravær;2011-Q2;fire;;;;\n", in: root, name: "broken.csv")
        let refused = try CommandRunner.run(["indicator", "import", broken, "--store", root])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("\(broken):5:34: «fire» er ikke et tall"), "\(refused.stderr)")
        #expect(refused.stderr.contains("ingenting importert"), "\(refused.stderr)")
        #expect(try files(root) == before)
        let path = try write(good, in: root, name: "good.csv")
        let imported = try CommandRunner.run(["indicator", "import", path, "--store", root])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("importerte 3 verdier i 2 avtaler"), "\(imported.stdout)")
        let rerun = try CommandRunner.run(["indicator", "import", path, "--store", root])
        #expect(rerun.status == 0 && rerun.stdout.contains("importerte 0 verdier i 0 avtaler (3 verdier var der fra før)"), "\(rerun.stdout)")
        #expect(try CommandRunner.run(["check", "--store", root]).status == 0)
    }

    @Test func theExportReadsBackAsAnImportThatChangesNothing() throws {
        let root = try store()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let export = try CommandRunner.run(["indicator", "export", "--store", root])
        #expect(export.status == 0)
        #expect(export.stdout.hasPrefix("agreement;goal;indicator;period;value;kind;source;unit;better;perspective\n"))
        #expect(export.stdout.split(separator: "\n").count == 4)
        let path = try write(export.stdout, in: root, name: "round.csv")
        let reimport = try CommandRunner.run(["indicator", "import", path, "--store", root])
        #expect(reimport.status == 0, "\(reimport.stderr)")
        #expect(reimport.stdout.contains("importerte 0 verdier"), "\(reimport.stdout)")
    }

    @Test func anAgreementOpenElsewhereIsNotWrittenTo() throws {
        let root = try store()
        defer { try? FileManager.default.removeItem(atPath: root) }
        // A lock held by a session on another machine, which cannot be checked from here.
        let lock = #"{"host":"annen-maskin","pid":15745,"since":"2013-03-14T10:42:00+01:00"}"#
        try lock.write(toFile: root + "/.eide-barneskole-2013.lock", atomically: true, encoding: .utf8)
        let before = try files(root)
        let set = try CommandRunner.run(["indicator", "set", "eide", "2.1/1", "sykefravær", "--period", "2013-Q2", "--value", "5", "--store", root])
        #expect(set.status == 1)
        #expect(set.stderr.contains("åpen i en annen økt"), "\(set.stderr)")
        #expect(try files(root) == before)
    }
}
