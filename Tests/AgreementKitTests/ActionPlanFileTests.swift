import AgreementKit
import Foundation
import Testing

/// Set to write `data/plans/kuo-2018-2021.json` from `KUOPlan` instead of comparing with it.
private let recording = ProcessInfo.processInfo.environment["RECORD_PLANS"] != nil

@Suite("The KUO action plan 2018–2021 as data", .serialized)
struct ActionPlanFileTests {
    let fileURL = PlanFiles.url("kuo-2018-2021.json")

    @Test func theFileIsWhatTheEncoderWritesForTheTranscription() throws {
        let encoded = try PlanFiles.encode(KUOPlan.plan)
        if recording {
            try FileManager.default.createDirectory(at: fileURL.deletingLastPathComponent(), withIntermediateDirectories: true)
            try encoded.write(to: fileURL)
        }
        let file = try Data(contentsOf: fileURL)
        #expect(file == encoded, "data/plans/kuo-2018-2021.json differs from KUOPlan; run with RECORD_PLANS=1 to rewrite it")
    }

    @Test func theFileDecodesAsVersionOneAndRoundTripsByteForByte() throws {
        let data = try Data(contentsOf: fileURL)
        let file = try PlanFiles.decode(data)
        #expect(file.version == 1)
        #expect(file.plan == KUOPlan.plan)
        #expect(try PlanFiles.encode(file.plan) == data)
    }

    @Test func theFileIsRawUTF8WithTwoSpaceIndent() throws {
        let text = try String(contentsOf: fileURL, encoding: .utf8)
        #expect(!text.contains("\\u"))
        #expect(text.contains("LÆRINGSMILJØ"))
        #expect(text.hasPrefix("{\n  \"plan\" : {\n"))
        #expect(text.hasSuffix("\n  \"version\" : 1\n}\n"))
    }

    @Test func theValidatorFindsNoIssues() throws {
        let plan = try PlanFiles.decode(Data(contentsOf: fileURL)).plan
        #expect(ActionPlanValidator.validate(plan) == [])
    }

    @Test func countsMatchTheReference() throws {
        let plan = try PlanFiles.decode(Data(contentsOf: fileURL)).plan
        #expect(plan.id == "kuo-2018-2021")
        #expect(plan.firstYear == 2018 && plan.lastYear == 2021)
        #expect(plan.mainGoals.count == 3)
        #expect(plan.mainGoals.map(\.initiatives.count) == [2, 2, 2])
        #expect(plan.initiatives.count == 6)
        #expect(plan.periodGoals.count == 30)
        let perSector = Dictionary(grouping: plan.periodGoals, by: \.sector).mapValues(\.count)
        #expect(perSector == [.schools: 12, .kindergartens: 6, .cultureSchool: 6, .educationalPsychologicalService: 6])
        for initiative in plan.initiatives {
            #expect(Sector.allCases.map { initiative.periodGoals(in: $0).count } == [2, 1, 1, 1], "\(initiative.code)")
            #expect(initiative.periodGoals.map(\.sector) == [.schools, .schools, .kindergartens, .cultureSchool, .educationalPsychologicalService])
        }
    }

    @Test func mainGoalsAndInitiativesAreThoseOfTheReference() throws {
        let plan = try PlanFiles.decode(Data(contentsOf: fileURL)).plan
        #expect(plan.title == "Handlingsplan 2018 – 2021")
        #expect(plan.subtitle == "for oppfølging av hovedmål og satsinger i KUO-planen 2018 – 2025")
        #expect(plan.mainGoals.map(\.number) == [1, 2, 3])
        #expect(plan.mainGoals.map(\.title) == ["GODT OPPVEKST- OG LÆRINGSMILJØ", "STYRKET KOMPETANSE", "STØRRE OG BEDRE SAMHANDLING"])
        #expect(plan.initiatives.map(\.code) == ["1.a", "1.b", "2.a", "2.b", "3.a", "3.b"])
        #expect(plan.initiatives.map(\.headline) == [
            "Trygg hver dag", "Flere veier til læring", "Kunnskapsløft for de ansatte",
            "Mer praksisnær ledelse", "Fra møterom til handlingsrom", "En åpen og inviterende sektor",
        ])
        // Every initiative's whole text, as written (compared in full with KUOPlan above); spot checks here.
        #expect(plan.initiative(code: "1.b")?.text.contains("prøve ut idéer – for å opprettholde motivasjonen") == true)
        #expect(plan.initiative(code: "2.b")?.text.hasSuffix("Satsingen gjelder alle ledernivåer: kommunalsjef, rektorer, fagledere og kontaktlærere.") == true)
        #expect(plan.initiatives.allSatisfy { !$0.text.contains("\n") && !$0.text.contains("\t") && !$0.text.contains("  ") })
    }

    @Test func periodGoalsAreNumberedInOrderAndHaveNoTextInTheReference() throws {
        let plan = try PlanFiles.decode(Data(contentsOf: fileURL)).plan
        for sector in Sector.allCases {
            let goals = plan.periodGoals.filter { $0.sector == sector }
            #expect(goals.map(\.code) == (1...goals.count).map { "\(sector.codePrefix).\($0)" })
        }
        // The document lists only the codes under "Periodemål frem mot 2021:"; no text is invented.
        #expect(plan.periodGoals.filter { !$0.text.isEmpty }.isEmpty)
    }
}
