import AgreementKit
import Testing

@Suite("Wheel validation: ids, titles, dates, rule parameters")
struct WheelValidatorTests {
    @Test func aSoundWheelHasNoIssues() {
        #expect(WheelValidator.validate(WheelFixtures.wheel()) == [])
    }

    @Test func theThirtyFirstOfFebruaryIsRefused() {
        let wheel = WheelFixtures.wheel(events: [WheelFixtures.event("a", .fixed(day: 31, month: 2))])
        #expect(WheelValidator.validate(wheel) == [WheelIssue(path: ["events", 0, "when", "day"], kind: .impossibleDate(day: 31, month: 2))])
        #expect(WheelValidator.validate(wheel).first?.severity == .error)
    }

    @Test func aLeapDayIsOnlyAWarning() {
        let wheel = WheelFixtures.wheel(events: [WheelFixtures.event("a", .fixed(day: 29, month: 2))])
        let issues = WheelValidator.validate(wheel)
        #expect(issues == [WheelIssue(path: ["events", 0, "when", "day"], kind: .leapDayOnly)])
        #expect(issues.first?.severity == .warning)
    }

    @Test func ruleParametersMustBeInRange() {
        let wheel = WheelFixtures.wheel(events: [
            WheelFixtures.event("a", .fixed(day: 1, month: 13)),
            WheelFixtures.event("b", .lastWorkingDayOfTertial(4)),
            WheelFixtures.event("c", .endOfQuarter(0)),
            WheelFixtures.event("d", .lastDayOfMonth(13)),
            WheelFixtures.event("e", .lastWorkingDayOfTertial(3)),
        ])
        #expect(WheelValidator.validate(wheel) == [
            WheelIssue(path: ["events", 0, "when", "month"], kind: .outOfRange(13, allowed: 1...12)),
            WheelIssue(path: ["events", 1, "when", "tertial"], kind: .outOfRange(4, allowed: 1...3)),
            WheelIssue(path: ["events", 2, "when", "quarter"], kind: .outOfRange(0, allowed: 1...4)),
            WheelIssue(path: ["events", 3, "when", "month"], kind: .outOfRange(13, allowed: 1...12)),
        ])
    }

    @Test func idsAreUniqueAcrossThemesAndEvents() {
        var wheel = WheelFixtures.wheel()
        wheel.events[2].id = "e-dec"
        wheel.events[3].id = "t1"
        wheel.events[4].id = "has space"
        wheel.events[5].id = ""
        #expect(WheelValidator.validate(wheel) == [
            WheelIssue(path: ["events", 2, "id"], kind: .duplicateID("e-dec", firstAt: ["events", 0])),
            WheelIssue(path: ["events", 3, "id"], kind: .duplicateID("t1", firstAt: ["themes", 0])),
            WheelIssue(path: ["events", 4, "id"], kind: .invalidID("has space")),
            WheelIssue(path: ["events", 5, "id"], kind: .invalidID("")),
        ])
    }

    @Test func titlesMustHaveText() {
        var wheel = WheelFixtures.wheel()
        wheel.title = "  "
        wheel.themes[0].title = ""
        wheel.events[1].title = "\n"
        #expect(WheelValidator.validate(wheel) == [
            WheelIssue(path: ["title"], kind: .blankText),
            WheelIssue(path: ["themes", 0, "title"], kind: .blankText),
            WheelIssue(path: ["events", 1, "title"], kind: .blankText),
        ])
    }

    @Test func slugMunicipalitiesThemesAndLinks() {
        var wheel = WheelFixtures.wheel()
        wheel.id = "Bø skule"
        wheel.municipalities = ["Sula", " ", "sula"]
        wheel.themes.append(QuarterTheme(id: "t5", quarter: 5, title: "Etterarbeid"))
        wheel.events[0].link = .indicator(" ")
        wheel.events[1].link = .milestone(.midYearReview)
        #expect(WheelValidator.validate(wheel) == [
            WheelIssue(path: ["id"], kind: .invalidSlug("Bø skule")),
            WheelIssue(path: ["municipalities", 1], kind: .blankText),
            WheelIssue(path: ["municipalities", 2], kind: .duplicateMunicipality("sula")),
            WheelIssue(path: ["themes", 1, "quarter"], kind: .outOfRange(5, allowed: 1...4)),
            WheelIssue(path: ["events", 0, "link", "indicator"], kind: .blankText),
        ])
    }
}
