import AgreementKit
import TestSupport
import Testing

@Suite("Validation of content beyond types")
struct ValidatorTests {
    @Test func aGoodAgreementHasNoIssues() {
        #expect(AgreementValidator.validate(Fixtures.agreement()) == [])
    }

    @Test func duplicateIdsAreFoundWithTheirPaths() {
        var agreement = Fixtures.agreement()
        agreement.goalAreas[1].rows[1].id = "r1"
        let issues = AgreementValidator.validate(agreement)
        #expect(issues.count == 1)
        #expect(AgreementValidator.render(issues[0].path) == "goalAreas[1].rows[1].id")
        #expect(issues[0].kind == .duplicateItemID("r1", firstAt: "goalAreas[0].rows[0]"))
    }

    @Test func aLogEntryMayOnlyLinkToAMeasureOfItsRow() {
        var agreement = Fixtures.agreement(phase: .followUp)
        agreement.goalAreas[1].rows[1].log[0].measureID = "r1-m0"
        agreement.goalAreas[1].rows[1].log[1].measureID = "r3-m0"
        let issues = AgreementValidator.validate(agreement)
        #expect(issues.map { AgreementValidator.render($0.path) } == ["goalAreas[1].rows[1].log[0].measureID"])
    }

    @Test func datesFarOutsideTheYearAreWarnings() {
        var agreement = Fixtures.agreement(phase: .followUp)
        agreement.goalAreas[1].rows[1].log[0] = LogEntry(id: "x", date: LocalDate(year: 2019, month: 1, day: 1)!, text: "")
        let issues = AgreementValidator.validate(agreement)
        #expect(issues.map(\.severity) == [.warning])
    }

    @Test func badAgreementIdsAndYearsAreErrors() {
        var agreement = Fixtures.agreement()
        agreement.id = "Test Skole"
        agreement.header.year = 11
        #expect(AgreementValidator.validate(agreement).filter { $0.severity == .error }.map { AgreementValidator.render($0.path) } == ["id", "header.year"])
    }
}
