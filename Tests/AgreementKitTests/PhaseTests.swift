import AgreementKit
import Testing

@Suite("Phases of the year")
struct PhaseTests {
    @Test func phasesFollowTheYearInOrder() {
        #expect(Phase.allCases == [.agreement, .followUp, .assessment, .closed])
        #expect(Phase.agreement.next == .followUp)
        #expect(Phase.followUp.next == .assessment)
        #expect(Phase.assessment.next == .closed)
        #expect(Phase.closed.next == nil)
        #expect(Phase.agreement < .followUp && Phase.assessment < .closed)
    }

    @Test func eachPhaseHasItsColourAndLetter() {
        #expect(Phase.agreement.colour == .blue)
        #expect(Phase.followUp.colour == .orange)
        #expect(Phase.assessment.colour == .green)
        #expect(Phase.closed.colour == nil)
        #expect(PhaseColour.allCases.map(\.letter) == ["B", "O", "G"])
        #expect(PhaseColour.allCases.map(\.phase) == [.agreement, .followUp, .assessment])
    }

    @Test func fieldColoursFollowTheForm() {
        let blue: Set<FieldKind> = [.header, .aboutText, .checklistTask, .goalAreaTitle, .resultGoal, .target, .indicator,
                                    .measure, .support, .conditionsDescription, .personalGoal, .planLink]
        let orange: Set<FieldKind> = [.logEntry, .midYearNote, .indicatorResult, .measureDone]
        for field in FieldKind.allCases {
            let expected: PhaseColour = blue.contains(field) ? .blue : orange.contains(field) ? .orange : .green
            #expect(field.colour == expected, "\(field)")
        }
    }
}
