import AgreementExport
import AgreementKit
import AgreementStore
import Foundation
import Testing

@Suite("Indicator import: all or nothing, idempotent, amendments for what was agreed")
struct IndicatorImportTests {
    private static let header = "agreement;goal;indicator;period;value;kind;source;unit;better\n"

    /// A store with the two samples (both in Oppfølging), removed afterwards by the caller.
    private func store() throws -> AgreementStore {
        let store = AgreementStore(root: NSTemporaryDirectory() + "lederavtale-indicator-import-" + UUID().uuidString)
        try store.installSamples()
        return store
    }

    private func importer(_ store: AgreementStore, reason: String? = nil) -> IndicatorImport {
        let author = IndicatorImport.Author(party: .leader, person: "Kari", today: LocalDate(year: 2013, month: 6, day: 30) ?? LocalDate.today(), reason: reason)
        return IndicatorImport(words: ExportFixtures.words, author: author) { given in
            do throws(StoreError) { return .success(try store.load(try store.resolve(given))) } catch {
                return .failure(.unknownAgreement(given, suggestions: []))
            }
        }
    }

    private func run(_ store: AgreementStore, _ lines: String, reason: String? = nil) throws -> Result<IndicatorImport.Outcome, IndicatorCSV.Problems> {
        importer(store, reason: reason).apply(try IndicatorCSV.parse(Self.header + lines).get())
    }

    private func sickLeave(_ a: Agreement) -> Indicator? { a.allIndicators.first { $0.indicator.name == "Sykefravær" }?.indicator }

    private static let twoUnits = """
        eide;2.1/1;Sykefravær;2013-Q2;5,5;result;Personalsystemet;;
        eide;2.1/1;Sykefravær;2013-Q2;5.8;national;SSB;;
        hoeggen;2.1/2;Sykefravær;Q1;5.0;;Personalsystemet;;
        hoeggen;2.1/2;Nasjonale prøver lesing 5. trinn;2011;52;national;Udir;poeng;høyere

        """

    @Test func valuesForSeveralUnitsLandInTheirAgreementsAndANewIndicatorIsMadeWithAReason() throws {
        let store = try store()
        defer { try? FileManager.default.removeItem(atPath: store.root) }
        let outcome = try run(store, Self.twoUnits, reason: "Nasjonale prøver tatt inn").get()
        #expect(outcome.values == 4 && outcome.unchanged == 0)
        #expect(outcome.changed.map(\.id) == ["eide-barneskole-2013", "hoeggen-skole-2011"])
        let eide = try #require(sickLeave(outcome.changed[0]))
        #expect(eide.results.map(\.value) == [6, 5.5])
        #expect(eide.comparisons.map(\.value) == [5.8])
        let hoeggen = outcome.changed[1]
        #expect(sickLeave(hoeggen)?.results.map(\.period.id) == ["2011-Q1"])
        let tests = try #require(hoeggen.allIndicators.first { $0.indicator.name.hasPrefix("Nasjonale") }?.indicator)
        #expect(tests.unit == .score && tests.better == .higher && tests.comparisons.map(\.value) == [52])
        // Adding an indicator after Inngåelse is an amendment, with the reason given.
        #expect(hoeggen.amendments.last?.reason == "Nasjonale prøver tatt inn")
        #expect(outcome.notes.first == "eide-barneskole-2013 2.1/1 Sykefravær: resultat 2. kvartal 2013 = 5,5 %")
    }

    @Test func oneBadLineImportsNothingAndEveryProblemIsNamed() throws {
        let store = try store()
        defer { try? FileManager.default.removeItem(atPath: store.root) }
        let lines = Self.twoUnits + "hoeggen;2.1/2;Sykefravær;2011-Q5;4;;;;\nhoeggen;2.1/2;Sykefravær;2011-Q3;140;;;;\nhoeggen;9.9;Sykefravær;2011;4;;;;\n"
        guard case .failure(let problems) = try run(store, lines, reason: "x") else {
            Issue.record("the file was accepted")
            return
        }
        #expect(problems.all.map(\.line) == [6, 7, 8])
        #expect(problems.all.map(\.column) == [26, 34, 9])
        guard case .badPeriod = problems.all[0].problem, case .badNumber = problems.all[1].problem, case .unknownGoal = problems.all[2].problem else {
            Issue.record("\(problems.all)")
            return
        }
    }

    @Test func importingTheSameFileTwiceChangesNothingTheSecondTime() throws {
        let store = try store()
        defer { try? FileManager.default.removeItem(atPath: store.root) }
        for agreement in try run(store, Self.twoUnits, reason: "x").get().changed { try store.save(agreement) }
        let again = try run(store, Self.twoUnits, reason: "x").get()
        #expect(again.changed.isEmpty)
        #expect(again.values == 0 && again.unchanged == 4)
    }

    @Test func aRunCutShortAfterTheFirstSaveIsCompletedByRunningItAgain() throws {
        let store = try store()
        defer { try? FileManager.default.removeItem(atPath: store.root) }
        let first = try run(store, Self.twoUnits, reason: "x").get()
        // Killed after the first atomic save: Eide is written, Hoeggen is not.
        try store.save(first.changed[0])
        for id in try store.ids() { _ = try store.load(id) }
        let rerun = try run(store, Self.twoUnits, reason: "x").get()
        #expect(rerun.changed.map(\.id) == ["hoeggen-skole-2011"])
        #expect(rerun.unchanged == 2 && rerun.values == 2)
        for agreement in rerun.changed { try store.save(agreement) }
        #expect(try run(store, Self.twoUnits, reason: "x").get().changed.isEmpty)
        #expect(sickLeave(try store.load("hoeggen-skole-2011"))?.results.count == 1)
    }

    @Test func theSameValueGivenTwiceWithDifferentNumbersIsRefused() throws {
        let store = try store()
        defer { try? FileManager.default.removeItem(atPath: store.root) }
        let lines = "eide;2.1/1;Sykefravær;2013-Q2;5,5;;;;\neide;2.1/1;sykefr;2013-Q2;5,5;;;;\neide;2.1/1;Sykefravær;2013-Q2;5,6;;;;\n"
        guard case .failure(let problems) = try run(store, lines) else {
            Issue.record("the file was accepted")
            return
        }
        #expect(problems.all.map(\.problem) == [.conflicting(firstLine: 2)])
        #expect(problems.all.map(\.line) == [4])
    }

    @Test func aTargetAfterInngaaelseNeedsAReasonAndBecomesAnAmendment() throws {
        let store = try store()
        defer { try? FileManager.default.removeItem(atPath: store.root) }
        let line = "eide;2.1/1;Sykefravær;2013;5;target;;;\n"
        guard case .failure(let problems) = try run(store, line) else {
            Issue.record("the target was accepted without a reason")
            return
        }
        #expect(problems.all.map(\.problem) == [.needsReason(phase: .followUp)])
        let outcome = try run(store, line, reason: "Nytt mål etter dialog").get()
        let eide = try #require(outcome.changed.first)
        #expect(sickLeave(eide)?.targets.map(\.value) == [5])
        #expect(eide.amendments.last?.reason == "Nytt mål etter dialog")
        #expect(eide.amendments.last?.person == "Kari")
    }

    @Test func aNewIndicatorNeedsBothUnitAndDirection() throws {
        let store = try store()
        defer { try? FileManager.default.removeItem(atPath: store.root) }
        guard case .failure(let problems) = try run(store, "eide;2.1/1;Lesing;2013;5;;;poeng;\neide;2.1/1;Regning;2013;5;;;;\n", reason: "x") else {
            Issue.record("accepted")
            return
        }
        #expect(problems.all.map(\.problem) == [.newIndicatorNeedsUnit("Lesing"), .unknownIndicator("Regning", goal: "2.1/1", known: ["Sykefravær"])])
    }

    @Test func everyProblemOfALineIsNamedAtItsOwnColumn() throws {
        let store = try store()
        defer { try? FileManager.default.removeItem(atPath: store.root) }
        // Line 2: a bad period, a number that is not one and a kind that does not exist; line 3:
        // an unknown agreement and, independent of it, a bad period and kind.
        let lines = "eide;2.1/1;Sykefravær;2013-Q5;fjorten;resultatet;;;\nukjent;2.1/1;Sykefravær;2013-T4;5;mål?;;;\n"
        guard case .failure(let problems) = try run(store, lines, reason: "x") else {
            Issue.record("the file was accepted")
            return
        }
        #expect(problems.all.map(\.line) == [2, 2, 2, 3, 3, 3])
        #expect(problems.all.map(\.column) == [23, 31, 39, 1, 25, 35])
        guard case .badPeriod = problems.all[0].problem, case .badNumber = problems.all[1].problem, case .badKind("resultatet") = problems.all[2].problem,
              case .unknownAgreement("ukjent", _) = problems.all[3].problem, case .badPeriod = problems.all[4].problem,
              case .badKind("mål?") = problems.all[5].problem else {
            Issue.record("\(problems.all)")
            return
        }
    }
}
