import AgreementKit
import AgreementStore
import Catalogue

/// Agreements for export tests: the Hoeggen sample with a year's worth of log, ratings and
/// section 4 filled in, an agreement full of secrets, and one full of hostile text.
enum ExportFixtures {
    /// The catalogue the exports are worded from (bokmål).
    static let words: any Wording = Language.nb.words

    /// Distinctive texts of section 4; none may appear in a public export.
    static let secrets = [
        "ALFA-hemmelig: bli tryggere i krevende personalsaker med Åse Ødegård",
        "BETA-hemmelig: ta lederutdanning (master) ved NTNU innen 2013",
        "GAMMA-hemmelig: mindre overtid, maks 45 timer i uka",
    ]
    /// A section-4 text that was amended away: it survives only in the amendment.
    static let amendedSecret = "DELTA-hemmelig: tidligere mål om permisjon høsten 2011"

    static func date(_ day: Int, _ month: Int, _ year: Int = 2011) -> LocalDate {
        LocalDate(year: year, month: month, day: day) ?? LocalDate.today()
    }

    /// The Hoeggen sample as it came with the binary.
    static func sample() throws -> Agreement {
        guard let sample = try SampleCatalog.agreements().first(where: { $0.id == "hoeggen-skole-2011" }) else {
            throw FixtureError.missingSample
        }
        return sample
    }

    /// Hoeggen in its year-end assessment: people named, log entries (out of date order, some
    /// linked to measures), ratings, comments, checklist marks, personal goals, and the record.
    static func hoeggen() throws -> Agreement {
        var a = try sample()
        a.phase = .assessment
        a.header.leader = "Kari Nordmann"
        a.header.director = "Ola Direktør"
        a.header.contactPerson = "Per Kontakt"
        log(&a, area: 0, row: 0, [(date(14, 3), "Avtale med Othilienborg IL om kunstgressbanen", 1), (date(2, 2), "Kortreist kultur: konsert i aulaen", 0)])
        log(&a, area: 1, row: 0, [(date(15, 9), "Sykefraværsanalysen gjennomgått i AMG", 0), (date(20, 1), "Mål for sykefravær satt til 5,2 %", nil)])
        log(&a, area: 3, row: 0, [(date(1, 6), "Kurs i lese- og leseforståelse for 12 lærere", 1)])
        log(&a, area: 11, row: 0, [(date(30, 11), "Grunnleggende ferdigheter tema på planleggingsdag", 0)])
        rate(&a, area: 0, .beyondAgreement, .asAgreed, leader: "Flere nye samarbeid enn planlagt.", contact: "Godt arbeid | enig.")
        rate(&a, area: 1, .asAgreed, .belowAgreement, leader: "Fraværet endte på 6,1 %.\nLangtidsfravær i høst.", contact: "")
        rate(&a, area: 11, .belowAgreement, .belowAgreement, leader: "", contact: "Må følges opp.")
        if a.goalAreas.indices.contains(1) {
            a.goalAreas[1].assessment.contactCommentStamp = nil
            a.goalAreas[1].assessment.leaderCommentStamp = Stamp(party: .leader, date: date(5, 12))
            a.goalAreas[1].midYearNote = "Midtveis: fraværet er høyere enn målet; AMG følger opp."
        }
        for (i, status) in [ChecklistStatus.done, .done, .notDone].enumerated() where a.checklist.indices.contains(i) {
            a.checklist[i].status = status
            a.checklist[i].comment = status == .notDone ? "Utsatt til januar" : ""
        }
        a.personalGoals = secrets.enumerated().map { PersonalGoal(id: ItemID("pg-hemmelig-\($0.offset)"), text: $0.element) }
        a.amendments = [
            Amendment(id: "am-1", field: "2.1 2. Redusert sykefravær – Mål for enheten", oldValue: "5,2 %", newValue: "5,5 %",
                      date: date(15, 8), party: .director, reason: "Ny turnus"),
            Amendment(id: "am-2", field: "4 – Personlig utviklingsmål", oldValue: amendedSecret, newValue: secrets[2],
                      date: date(1, 9), party: .leader, reason: "Endret etter midtveissamtalen"),
        ]
        a.signOffs = [SignOff(phase: .agreement, party: .leader, name: "Kari Nordmann", date: date(10, 1)),
                      SignOff(phase: .agreement, party: .director, name: "Ola Direktør", date: date(12, 1))]
        a.reviews = [Review(kind: .midYear, date: date(16, 6))]
        if let area = a.goalAreas.indices.contains(11) ? a.goalAreas[11] : nil {
            a.improvementPlans = [ImprovementPlan(id: "ip-1", goalAreaID: area.id, actions: "Felles plan for lesing i alle fag\nVeiledning fra PPT",
                                                  followUpDates: [date(15, 1, 2012), date(15, 2, 2012)], created: date(5, 12))]
        }
        return a
    }

    /// A small agreement whose only remarkable content is several distinctive personal goals.
    static func secretive() -> Agreement {
        var a = Agreement(
            id: "hemmelighus-skole-2012",
            header: AgreementHeader(municipality: "Testkommune", unit: "Hemmelighus skole", serviceArea: "Skole", year: 2012,
                                    leader: "Lise Leder", director: "Dag Direktør", contactPerson: "Kåre Kontakt"),
            phase: .followUp,
            goalAreas: [GoalArea(id: "ga-1", section: .common, number: "1", title: "Frivillighet", rows: [
                GoalRow(id: "r-1", resultGoal: "Minst ett nytt tiltak", targetNumber: "1.1", target: "Samarbeid med idrettslaget",
                        measures: [Measure(id: "m-1", text: "Dugnad")], support: [SupportItem(id: "s-1", text: "Verktøykasse")],
                        log: [LogEntry(id: "l-1", date: date(3, 3, 2012), text: "Dugnad holdt", measureID: "m-1")]),
            ])],
            conditions: UnitConditions(leaderDescription: "Nytt bygg.")
        )
        a.personalGoals = [
            PersonalGoal(id: "pg-x1", text: "ZEBRA-privat: coaching hver måned"),
            PersonalGoal(id: "pg-x2", text: "OKAPI-privat: bedre balanse mellom jobb og familie\nmed to linjer"),
            PersonalGoal(id: "pg-x3", text: "TAPIR-privat: lære å delegere <mer> & \"bedre\""),
        ]
        return a
    }

    /// Text that tries to break out of every format and to reach the terminal.
    static let hostileText = "Tabell | brudd\nny linje <script>alert('x')</script> &amp; \"sitat\" ; semikolon \u{1B}[31mRØD\u{1B}[0m \u{202E}snudd\u{202C} # ikke-overskrift\r\n1. ikke liste"

    static func hostile() -> Agreement {
        var a = secretive()
        a.id = "fiendtlig-2012"
        a.header.unit = "Skole <b>\"&'|"
        a.goalAreas[0].title = "Tittel | med <tag> og \u{1B}]0;tittel\u{07}"
        a.goalAreas[0].rows[0].target = hostileText
        a.goalAreas[0].rows[0].measures.append(Measure(id: "m-2", text: "- ikke punkt\n| ikke celle |"))
        a.goalAreas[0].assessment = Assessment(measuresRating: .asAgreed, attainmentRating: .beyondAgreement, leaderComment: hostileText)
        a.checklist = [ChecklistItem(id: "c-1", task: "Vernerunden; \"ute\"", status: .done, comment: "ok\u{07}")]
        return a
    }

    /// Adds log entries to a row: (date, text, index of the linked measure among the measures proper).
    private static func log(_ a: inout Agreement, area: Int, row: Int, _ entries: [(LocalDate, String, Int?)]) {
        guard a.goalAreas.indices.contains(area), a.goalAreas[area].rows.indices.contains(row) else { return }
        let measures = a.goalAreas[area].rows[row].measureItems
        for (n, (date, text, measure)) in entries.enumerated() {
            let link = measure.flatMap { measures.indices.contains($0) ? measures[$0].id : nil }
            a.goalAreas[area].rows[row].log.append(LogEntry(id: ItemID("log-\(area)-\(row)-\(n)"), date: date, text: text, measureID: link))
        }
    }

    private static func rate(_ a: inout Agreement, area: Int, _ measures: Rating, _ attainment: Rating, leader: String, contact: String) {
        guard a.goalAreas.indices.contains(area) else { return }
        a.goalAreas[area].assessment.measuresRating = measures
        a.goalAreas[area].assessment.attainmentRating = attainment
        a.goalAreas[area].assessment.leaderComment = leader
        a.goalAreas[area].assessment.contactComment = contact
        if !contact.isEmpty { a.goalAreas[area].assessment.contactCommentStamp = Stamp(party: .contactPerson, date: date(6, 12)) }
    }

    enum FixtureError: Error { case missingSample }
}
