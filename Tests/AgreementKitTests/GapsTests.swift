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

    @Test func aRowWithOnlyHeadingsAmongItsMeasuresHasNoMeasures() {
        var agreement = Fixtures.agreement()
        agreement.goalAreas[0].rows[0].measures = [Measure(id: "h", text: "Overskrift", kind: .heading)]
        #expect(agreement.gapsBeforeNextPhase.map(\.kind) == [.rowWithoutMeasures])
        #expect(agreement.phaseProgress.done == agreement.phaseProgress.required - 1)
    }

    @Test func aRowIsNamedByItsFirstLineThatIsNotEmpty() {
        var agreement = Fixtures.agreement()
        agreement.goalAreas[0].rows[0].targetNumber = ""
        agreement.goalAreas[0].rows[0].target = "\n\nFærre elever slutter underveis\nAndre linje"
        agreement.goalAreas[0].rows[0].measures = []
        let name = RowName(agreement.goalAreas[0].rows[0], in: agreement.goalAreas[0])
        #expect(name.excerpt == "Færre elever slutter underveis")
        #expect(agreement.gapsBeforeNextPhase.map(\.name) == [name])
        agreement.goalAreas[0].rows[0].target = "Én linje med mange flere ord enn fire"
        #expect(RowName(agreement.goalAreas[0].rows[0], in: agreement.goalAreas[0]).excerpt == "Én linje med mange")
    }

    @Test func theProgressCountsExactlyTheGaps() {
        // The progress counts gaps without naming them; the count must stay the list's.
        var edits = RandomEdits(seed: 2011, name: "Kari")
        for round in 0..<300 {
            var agreement = Fixtures.agreement(phase: [Phase.agreement, .followUp, .assessment][round % 3])
            edits.apply(edits.int(0...12), to: &agreement)
            for a in agreement.goalAreas.indices {
                if edits.int(0...5) == 0 { agreement.goalAreas[a].rows = [] }
                for r in agreement.goalAreas[a].rows.indices {
                    if edits.int(0...2) == 0 { agreement.goalAreas[a].rows[r].target = ["", " \n", "Mål"][edits.int(0...2)] }
                    if edits.int(0...2) == 0 { agreement.goalAreas[a].rows[r].measures = [] }
                    if edits.int(0...2) == 0 { agreement.goalAreas[a].rows[r].log = [] }
                }
            }
            if edits.int(0...3) == 0 { agreement.conditions.leaderDescription = "" }
            for phase in [Phase.agreement, .followUp, .assessment] {
                let progress = agreement.progress(in: phase)
                let gaps = agreement.gaps(in: phase)
                #expect(progress.required - progress.done == min(progress.required, gaps.count), "round \(round), \(phase)")
                #expect(gaps.allSatisfy { $0.kind == .conditionsMissing || $0.kind == .checklistUnmarked || $0.name != nil },
                        "round \(round), \(phase): every gap about a goal area or row is named")
            }
        }
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
