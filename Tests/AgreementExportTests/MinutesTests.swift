import AgreementExport
import AgreementKit
import TestSupport
import Testing

@Suite("Meeting minutes")
struct MinutesTests {
    let day = LocalDate(year: 2011, month: 6, day: 20)!

    @Test func theMinutesHoldEveryGoalAreaWithItsRatingsAndNoSectionFour() {
        var a = Fixtures.agreement(phase: .assessment)
        a.personalGoals = [PersonalGoal(id: "p1", text: "Hemmelig")]
        a.goalAreas[0].assessment = Assessment(measuresRating: .asAgreed, attainmentRating: .belowAgreement, leaderComment: "Godt i gang")
        a.goalAreas[1].assessment = Assessment(measuresRating: .beyondAgreement, attainmentRating: .asAgreed)
        a.improvementPlans = [ImprovementPlan(id: "i1", goalAreaID: "g1", actions: "Ukentlige møter", followUpDates: [day], created: day)]
        let text = MeetingMinutes.markdown(a, kind: .yearEnd, date: day, party: .contactPerson, words: ExportFixtures.words)
        for area in a.goalAreas { #expect(text.contains("### \(area.section.number) \(area.label)")) }
        #expect(text.contains("| 2.1 | 1. Frivillighet | I tråd med avtalen | Mindre enn avtalen |"))
        #expect(text.contains("| 2.2 | 2. Samarbeid | Ut over avtalen | I tråd med avtalen |"))
        #expect(text.contains("| 3.2 | 1. Grunnleggende ferdigheter | – | – |"))
        #expect(text.contains("Forbedringsplan: Ukentlige møter"))
        #expect(text.contains("Enhetsleders kommentar: Godt i gang"))
        #expect(!text.contains("Hemmelig"))
    }
}
