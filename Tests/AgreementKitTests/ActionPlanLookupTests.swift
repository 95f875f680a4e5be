import AgreementKit
import Testing

@Suite("Looking up codes in an action plan")
struct ActionPlanLookupTests {
    let plan = KUOPlan.plan

    @Test func allCodesAreInPlanOrder() {
        #expect(plan.allCodes.count == 36)
        #expect(plan.allCodes.prefix(7) == ["1.a", "S.1", "S.2", "B.1", "K.1", "P.1", "1.b"])
        #expect(plan.allCodes.last == "P.6")
    }

    @Test func aCodeFindsItsEntryWithTheGoalsAboveIt() {
        let entry = plan.entry(code: " S.10 ")
        #expect(entry?.code == "S.10")
        #expect(entry?.initiative.code == "3.a")
        #expect(entry?.mainGoal.number == 3)
        #expect(plan.entry(code: "2.b")?.periodGoal == nil)
        #expect(plan.initiative(code: "2.b")?.headline == "Mer praksisnær ledelse")
        #expect(plan.initiative(code: "B.4") == nil)
        #expect(plan.periodGoal(code: "B.4")?.sector == .kindergartens)
        #expect(plan.entry(code: "S.13") == nil)
        #expect(plan.entry(code: "s.1") == nil)
    }

    @Test func nearestCodesSuggestWhatWasMeant() {
        #expect(plan.nearestCodes(to: "S1") == ["S.1"])
        #expect(plan.nearestCodes(to: "s.1") == ["S.1"])
        #expect(plan.nearestCodes(to: "1A") == ["1.a"])
        #expect(plan.nearestCodes(to: "p.6") == ["P.6"])
        #expect(plan.nearestCodes(to: "S.13") == ["S.1", "S.3", "S.10"])
        #expect(plan.nearestCodes(to: "S.13", limit: 10) == ["S.1", "S.3", "S.10", "S.11", "S.12"])
        #expect(plan.nearestCodes(to: "handlingsplan") == [])
        #expect(plan.nearestCodes(to: "  ") == [])
    }

    @Test func editDistanceCountsInsertsDeletesReplacementsAndSwaps() {
        #expect(EditDistance.between("", "abc") == 3)
        #expect(EditDistance.between("S1", "S.1") == 1)
        #expect(EditDistance.between("kitten", "sitting") == 3)
        #expect(EditDistance.between(".S1", "S.1") == 1)
        #expect(EditDistance.between("æøå", "aøå") == 1)
        #expect(EditDistance.between("S.1", "S.1") == 0)
    }

    @Test func sectorsKnowTheirCodeLetters() {
        #expect(Sector.allCases.map(\.codePrefix) == ["S", "B", "K", "P"])
        #expect(Sector(codePrefix: "K") == .cultureSchool)
        #expect(Sector(codePrefix: "s") == nil)
        #expect(Sector.allCases.map(\.rawValue) == ["schools", "kindergartens", "cultureSchool", "educationalPsychologicalService"])
    }
}
