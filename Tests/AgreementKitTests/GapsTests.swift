import AgreementKit
import TestSupport
import Testing

@Suite("What is missing before the next phase")
struct GapsTests {
    @Test func aCompleteAgreementHasNoGapsAtInngaaelse() {
        #expect(Fixtures.agreement().gapsBeforeNextPhase == [])
    }

    @Test func rowsWithoutTargetOrMeasuresAreGapsAtInngaaelse() {
        var agreement = Fixtures.agreement()
        agreement.goalAreas[0].rows[0].target = "  "
        agreement.goalAreas[0].rows[0].measures = []
        agreement.goalAreas[2].rows = []
        agreement.conditions.leaderDescription = ""
        let kinds = agreement.gapsBeforeNextPhase.map(\.kind)
        #expect(kinds == [.conditionsMissing, .rowWithoutTarget, .rowWithoutMeasures, .goalAreaWithoutRows])
        let gap = agreement.gapsBeforeNextPhase[1]
        #expect(gap.goalAreaID == "g1" && gap.rowID == "r1")
        #expect(gap.name == RowName(area: "2.1 1. Frivillighet", targetNumber: "1.1"))
    }

    @Test func rowsWithoutLogAreGapsAtFollowUp() {
        let gaps = Fixtures.agreement(phase: .followUp).gapsBeforeNextPhase
        #expect(gaps.map(\.rowID) == ["r1", "r2", "r4"])
        #expect(gaps.allSatisfy { $0.kind == .rowWithoutLog })
    }

    @Test func unratedGoalAreasAndUnmarkedTasksAreGapsAtAssessment() {
        var agreement = Fixtures.agreement(phase: .assessment)
        agreement.goalAreas[0].assessment = Assessment(measuresRating: .asAgreed, attainmentRating: .beyondAgreement)
        agreement.goalAreas[1].assessment = Assessment(measuresRating: .asAgreed)
        agreement.checklist[0].status = .done
        let gaps = agreement.gapsBeforeNextPhase
        #expect(gaps.map(\.kind) == [.goalAreaNotRated, .goalAreaNotRated, .checklistUnmarked])
        #expect(gaps.map(\.goalAreaID) == ["g2", "g3", nil])
    }

    @Test func aClosedAgreementHasNoNextPhase() {
        #expect(Fixtures.agreement(phase: .closed).gapsBeforeNextPhase == [])
    }

    @Test func progressCountsLogRatingsAndChecklist() {
        var agreement = Fixtures.agreement(phase: .assessment)
        agreement.goalAreas[0].assessment = Assessment(measuresRating: .asAgreed, attainmentRating: .belowAgreement)
        agreement.goalAreas[1].assessment = Assessment(measuresRating: .asAgreed)
        agreement.checklist[1].status = .notDone
        let progress = agreement.progress
        #expect(progress == Progress(rows: 4, rowsWithLog: 1, logEntries: 2, goalAreas: 3, goalAreasAssessed: 1, checklistTotal: 2, checklistMarked: 1))
        #expect(agreement.goalAreas[1].assessment.state == .partial)
        #expect(agreement.goalAreas[2].assessment.state == .notStarted)
    }
}
