import AgreementKit
import TestSupport
import Testing

@Suite("Which fields may change in which phase")
struct PhaseRulesTests {
    @Test(arguments: FieldKind.allCases)
    func blueFieldsAreFreeOnlyAtTheAgreement(field: FieldKind) {
        guard field.colour == .blue else { return }
        #expect(PhaseRules.editability(of: field, in: .agreement) == .allowed)
        #expect(PhaseRules.editability(of: field, in: .followUp) == .needsAmendment)
        #expect(PhaseRules.editability(of: field, in: .assessment) == .needsAmendment)
        #expect(PhaseRules.editability(of: field, in: .closed) == .closed)
    }

    @Test(arguments: FieldKind.allCases)
    func orangeFieldsOpenAtFollowUp(field: FieldKind) {
        guard field.colour == .orange else { return }
        #expect(PhaseRules.editability(of: field, in: .agreement) == .notYet(.followUp))
        #expect(PhaseRules.editability(of: field, in: .followUp) == .allowed)
        #expect(PhaseRules.editability(of: field, in: .assessment) == .allowed)
        #expect(PhaseRules.editability(of: field, in: .closed) == .closed)
    }

    @Test(arguments: FieldKind.allCases)
    func greenFieldsOpenAtAssessment(field: FieldKind) {
        guard field.colour == .green else { return }
        #expect(PhaseRules.editability(of: field, in: .agreement) == .notYet(.assessment))
        #expect(PhaseRules.editability(of: field, in: .followUp) == .notYet(.assessment))
        #expect(PhaseRules.editability(of: field, in: .assessment) == .allowed)
        #expect(PhaseRules.editability(of: field, in: .closed) == .closed)
    }

    @Test func theAgreementAnswersForItsOwnPhase() {
        #expect(Fixtures.agreement(phase: .followUp).editability(of: .logEntry) == .allowed)
        #expect(Fixtures.agreement(phase: .followUp).editability(of: .target) == .needsAmendment)
    }
}
