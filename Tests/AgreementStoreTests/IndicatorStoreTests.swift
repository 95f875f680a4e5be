import AgreementKit
@testable import AgreementStore
import Foundation
import Testing

/// The fixtures beside this file: the samples as version 3 wrote them.
private func fixture(_ name: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)"))
}

@Suite("Schema 6: measured indicators and plan links in the files")
struct IndicatorStoreTests {
    static let samples = (try? SampleCatalog.agreements()) ?? []

    @Test func theSamplesAreVersion6AndCarryTheirMeasuredSeries() throws {
        #expect(SchemaMigration.currentVersion >= 6, "schema 6 brought the indicators; later steps keep them")
        let eide = try #require(Self.samples.first { $0.id == "eide-barneskole-2013" })
        let sickLeave = try #require(eide.allIndicators.first?.indicator)
        #expect(eide.allIndicators.count == 1, "the report gives figures only for sick leave")
        #expect(sickLeave.name == "Sykefravær" && sickLeave.unit == .percent && sickLeave.better == .lower && sickLeave.perspective == .employee)
        #expect(sickLeave.baseline?.period == Period(id: "2012-Q1") && sickLeave.baseline?.value == 14)
        #expect(sickLeave.results.map(\.period.id) == ["2013-Q1"] && sickLeave.results.map(\.value) == [6])
        #expect(sickLeave.targets.isEmpty, "the report states no target in numbers")
        #expect(sickLeave.series.map(\.value) == [14, 6])
        let hoeggen = try #require(Self.samples.first { $0.id == "hoeggen-skole-2011" })
        let measured = try #require(hoeggen.allIndicators.first)
        #expect(hoeggen.allIndicators.count == 1)
        #expect(measured.area.title == "Redusert sykefravær")
        #expect(measured.indicator.targets == [IndicatorValue(period: Period(id: "2011")!, value: 5.2, source: measured.indicator.targets[0].source)])
        #expect(measured.indicator.results.isEmpty && measured.indicator.status == .noResult)
        #expect(eide.allRows.first?.indicator.hasPrefix("Sykefravær i prosent") == true && eide.allRows.first?.indicators.count == 1,
                "a free-text indicator stays beside its measured one")
        #expect(Self.samples.allSatisfy { $0.allRows.allSatisfy(\.planLinks.isEmpty) }, "the samples predate the KUO plan")
    }

    // Eide only: Hoeggen's version 3 file is the earlier transcription (SchemaVersion4Tests opens it).
    @Test(arguments: ["eide-barneskole-2013"])
    func aVersion3FileOpensWithNoIndicatorsAndIsNotRewritten(id: String) throws {
        let folder = TemporaryFolder()
        let bytes = try fixture("\(id).v3.json")
        try bytes.write(to: URL(fileURLWithPath: "\(folder.path)/\(id).json"))
        let store = AgreementStore(root: folder.path)
        let loaded = try store.load(id)
        var expected = try #require(Self.samples.first { $0.id == id })
        expected.personalGoals = []
        for a in expected.goalAreas.indices { for r in expected.goalAreas[a].rows.indices { expected.goalAreas[a].rows[r].indicators = [] } }
        #expect(loaded == expected)
        #expect(folder.bytes("\(id).json") == bytes, "loading never rewrites")
        try store.save(loaded)
        #expect(folder.text("\(id).json")?.contains("\"version\" : \(SchemaMigration.currentVersion)") == true)
        #expect(folder.text("\(id).json")?.contains("\"planLinks\" : [") == true)
    }

    @Test func theStepFrom5To6AddsOnlyItsOwnKeys() throws {
        let hoeggen = try #require(Self.samples.first { $0.id == "hoeggen-skole-2011" })
        var object = try #require(try JSONSerialization.jsonObject(with: AgreementStore(root: "/").encode(hoeggen).public) as? [String: Any])
        var agreement = try #require(object["agreement"] as? [String: Any])
        let areas = try #require(agreement["goalAreas"] as? [[String: Any]])
        agreement["goalAreas"] = areas.map { area in
            var area = area
            area["rows"] = (area["rows"] as? [[String: Any]] ?? []).map { row in
                var row = row
                row["indicators"] = nil
                row["planLinks"] = nil
                return row
            }
            return area
        }
        object["agreement"] = agreement
        let before = object
        try SchemaMigration.toVersion6(&object, .agreement)
        let rows = (object["agreement"] as? [String: Any]).flatMap { $0["goalAreas"] as? [[String: Any]] }?.flatMap { $0["rows"] as? [[String: Any]] ?? [] } ?? []
        #expect(rows.count == 24 && rows.allSatisfy { ($0["indicators"] as? [Any])?.isEmpty == true && ($0["planLinks"] as? [Any])?.isEmpty == true })
        var privateObject: [String: Any] = ["agreementID": "x", "personalGoals": [Any](), "version": 5]
        try SchemaMigration.toVersion6(&privateObject, .privateSection)
        #expect(privateObject.keys.sorted() == ["agreementID", "personalGoals", "version"])
        #expect((before["agreement"] as? [String: Any])?.keys.sorted() == (object["agreement"] as? [String: Any])?.keys.sorted())
    }

    @Test func anIndicatorWithTwoResultsForOnePeriodIsReportedWhereItStands() throws {
        var agreement = try #require(Self.samples.first { $0.id == "eide-barneskole-2013" })
        let id = try #require(agreement.allIndicators.first?.indicator.id)
        agreement.updateIndicator(id) { $0.results.append($0.results[0]) }
        agreement.updateIndicator(id) { $0.results.append(IndicatorValue(period: Period(id: "2013-Q2")!, value: 140)) }
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path)
        try store.save(agreement)
        let report = try store.check()
        let problems = report.errors.map(\.problem)
        #expect(problems.contains(.validation(path: "goalAreas[0].rows[0].indicators[0].results[1].period", .duplicatePeriod(Period(id: "2013-Q1")!))))
        #expect(problems.contains(.validation(path: "goalAreas[0].rows[0].indicators[0].results[2].value", .valueOutOfRange(140, .percent))))
        #expect(report.errors.allSatisfy { $0.line != nil && $0.column != nil })
    }
}

@Suite("Action plans in the store: plans/<id>.json")
struct PlanStoreTests {
    @Test func initWithSamplesSeedsThePlanAsShippedAndKeepsAnEditedOne() throws {
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path)
        try store.installSamples()
        let written = try #require(folder.bytes("plans/kuo-2018-2021.json"))
        #expect(written == Data(try #require(SampleCatalog.planFiles.first?.bytes)))
        let list = store.plans()
        #expect(list.problems.isEmpty)
        #expect(list.plans.map(\.id) == ["kuo-2018-2021"])
        #expect(list.plans.first?.periodGoals.count == 30)
        folder.write("plans/kuo-2018-2021.json", String(decoding: written, as: UTF8.self).replacingOccurrences(of: "Trygg hver dag.", with: "Trygg hver eneste dag."))
        #expect(try store.installSamplePlans() == [])
        #expect(store.plans().plans.first?.initiatives.first?.headline == "Trygg hver eneste dag")
        #expect(try store.check().isClean)
    }

    @Test func aStoreWithoutPlansHasNoneAndNoProblem() {
        let folder = TemporaryFolder()
        let list = AgreementStore(root: folder.path).plans()
        #expect(list.plans.isEmpty && list.problems.isEmpty)
    }

    @Test func aBrokenPlanIsReportedWithLineAndColumnAndLeftOut() throws {
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path)
        try store.installSamples()
        let text = try #require(folder.text("plans/kuo-2018-2021.json"))
        try FileManager.default.createDirectory(atPath: folder.path + "/plans", withIntermediateDirectories: true)
        folder.write("plans/komma.json", text.replacingOccurrences(of: "\"firstYear\" : 2018,", with: "\"firstYear\" : 2018,,"))
        folder.write("plans/dobbel.json", text.replacingOccurrences(of: "\"id\" : \"kuo-2018-2021\"", with: "\"id\" : \"dobbel\"")
            .replacingOccurrences(of: "\"code\" : \"S.2\"", with: "\"code\" : \"S.1\""))
        let list = store.plans()
        #expect(list.plans.map(\.id) == ["kuo-2018-2021"])
        let comma = try #require(list.problems.first { $0.file.hasSuffix("komma.json") })
        #expect(comma.line == 3 && comma.column != nil)
        let duplicate = try #require(list.problems.first { $0.file.hasSuffix("dobbel.json") })
        #expect(duplicate.problem == .planInvalid(path: "plan.mainGoals[0].initiatives[0].periodGoals[1].code", .duplicateCode("S.1")))
        #expect(duplicate.line == 21, "the line of the second S.1")
        let report = try store.check()
        #expect(!report.isClean)
        #expect(report.errors.contains(comma) && report.errors.contains(duplicate))
    }

    @Test func checkWarnsAboutLinksToPlansAndCodesTheStoreDoesNotHave() throws {
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path)
        try store.installSamples()
        var hoeggen = try store.load("hoeggen-skole-2011")
        hoeggen.goalAreas[3].rows[0].planLinks = [PlanLink(plan: "kuo-2018-2021", code: "S.3"), PlanLink(plan: "kuo-2018-2021", code: "S.13"),
                                                  PlanLink(plan: "annen-plan", code: "1.a")]
        try store.save(hoeggen)
        let report = try store.check()
        #expect(report.isClean, "unknown links are warnings: the plan may come later")
        let problems = report.warnings.map(\.problem)
        #expect(problems.contains(.planLinkUnknownCode(plan: "kuo-2018-2021", code: "S.13", nearest: ["S.1", "S.3", "S.10"])))
        #expect(problems.contains(.planLinkUnknownPlan("annen-plan")))
        #expect(report.warnings.allSatisfy { $0.line != nil })
    }

    @Test func theIndexCarriesTheRowsThatServeAPlan() throws {
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path)
        try store.installSamples()
        var eide = try store.load("eide-barneskole-2013")
        eide.goalAreas[1].rows[0].planLinks = [PlanLink(plan: "kuo-2018-2021", code: "S.3")]
        try store.save(eide)
        let summary = try #require(try store.list().summaries.first { $0.id == "eide-barneskole-2013" })
        #expect(summary.planUses == [PlanUse(rowID: eide.goalAreas[1].rows[0].id, area: "2.2 1. Gode læringsresultater i lesing", targetNumber: "1.1",
                                             excerpt: "", links: [PlanLink(plan: "kuo-2018-2021", code: "S.3")])])
        let index = try #require(folder.text(".index.json"))
        // The index is written compact or pretty: its version field either way.
        let version = ["\"version\":\(StoreIndex.version)", "\"version\" : \(StoreIndex.version)"].first { index.contains($0) }
        #expect(version != nil && index.contains("\"planUses\""))
        // An index written before (version 1) is rebuilt, not trusted.
        folder.write(".index.json", index.replacingOccurrences(of: version ?? "-", with: "\"version\":1").replacingOccurrences(of: "S.3", with: "S.9"))
        #expect(try store.list().summaries.first { $0.id == "eide-barneskole-2013" }?.planUses.first?.links.first?.code == "S.3")
    }
}
