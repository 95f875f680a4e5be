import AgreementKit
import Foundation

/// Builds one realistic agreement from a plan: about 14 goal areas, 25 rows, 4 measures per row
/// and 0–20 log entries per row, with the assessments and records its phase implies.
struct AgreementFactory {
    private var rng: SplitMix64
    private var used: Set<ItemID> = []
    private let plan: AgreementPlan
    private let context: [String: [String]]

    init(plan: AgreementPlan, seed: UInt64) {
        self.plan = plan
        rng = SplitMix64(seed: seed, stream: UInt64(plan.index))
        context = ["år": [String(plan.year)], "enhet": [plan.unit], "folk": plan.domain.people]
    }

    /// The agreement, section 4 included.
    mutating func make() -> Agreement {
        let year = plan.year
        let phase: Phase = plan.isCurrent ? (rng.chance(0.2) ? .assessment : .followUp) : .closed
        var areas = goalAreas(phase: phase)
        let assessed = phase == .closed ? areas.count : phase == .assessment ? areas.count / 2 : 0
        for i in 0..<assessed { areas[i].assessment = assessment() }
        let checklist = NorwegianText.checklist.map { task in
            ChecklistItem(id: id(), task: task, status: phase == .closed ? (rng.chance(0.9) ? .done : .notDone) : nil,
                          comment: phase == .closed && rng.chance(0.2) ? text(NorwegianText.leaderComments) : "")
        }
        var signOffs = [SignOff(phase: .agreement, party: .leader, name: plan.leader, date: date(month: 1...2)),
                        SignOff(phase: .agreement, party: .director, name: plan.domain.director, date: date(month: 2...2))]
        var changes = [PhaseChange(from: .agreement, to: .followUp, date: date(month: 2...2), party: .contactPerson)]
        var reviews = [Review(kind: .midYear, date: date(month: 6...6))]
        if phase >= .assessment {
            changes.append(PhaseChange(from: .followUp, to: .assessment, date: date(month: 11...11), party: .contactPerson))
        }
        if phase == .closed {
            changes.append(PhaseChange(from: .assessment, to: .closed, date: date(month: 12...12), party: .contactPerson))
            reviews.append(Review(kind: .yearEnd, date: date(month: 12...12)))
            signOffs.append(SignOff(phase: .assessment, party: .leader, name: plan.leader, date: date(month: 12...12)))
            signOffs.append(SignOff(phase: .assessment, party: .contactPerson, name: plan.contactPerson, date: date(month: 12...12)))
        }
        let plans = areas.filter { $0.assessment.attainmentRating == .belowAgreement }.map { area in
            ImprovementPlan(id: id(), goalAreaID: area.id, actions: text(NorwegianText.commonMeasures) + "\n" + text(plan.domain.measures),
                            followUpDates: [LocalDate(year: year + 1, month: 1, day: 15)!, LocalDate(year: year + 1, month: 2, day: 15)!],
                            created: date(month: 12...12))
        }
        let amendments = rng.chance(0.2) && !areas.isEmpty ? [amendment(areas[rng.int(0...areas.count - 1)])] : []
        return Agreement(
            id: plan.id,
            header: AgreementHeader(municipality: UnitCatalog.municipality, unit: plan.unit, serviceArea: plan.domain.serviceArea,
                                    year: year, leader: plan.leader, director: plan.domain.director, contactPerson: plan.contactPerson),
            phase: phase,
            about: about(),
            checklist: checklist,
            goalAreas: areas,
            conditions: UnitConditions(leaderDescription: text(NorwegianText.conditions),
                                       contactComment: phase == .closed ? text(NorwegianText.contactComments) : ""),
            personalGoals: rng.chance(0.3) ? rng.sample(NorwegianText.personalGoals, rng.int(1...3)).map { PersonalGoal(id: id(), text: $0) } : [],
            signOffs: signOffs,
            phaseChanges: changes,
            amendments: amendments,
            reviews: reviews,
            improvementPlans: plans
        )
    }

    /// 3–4 common areas, 3–4 own areas and the service area's filling up to 14, with 25 ± 2 rows in all.
    private mutating func goalAreas(phase: Phase) -> [GoalArea] {
        var common = ["Frivillighet", "Redusert sykefravær", "Miljø og klima"]
        if plan.year >= 2022 { common.append("Heltidskultur") }
        let own = rng.sample(["Kvalitetssikring av tjenestetilbudet", "Godt arbeidsmiljø", "Bærekraftig drift", "Kommunikasjon og omdømme",
                              "Innovasjon og tjenesteutvikling", "Lærende organisasjon", "Økonomi i balanse", "Kompetanseplan for alle ansatte"],
                             rng.int(3...4))
        let service = rng.sample(plan.domain.goalAreas, 14 - common.count - own.count)
        let sections: [(GoalSection, [String])] = [(.common, common), (.serviceArea, service), (.own, own)]
        let areaCount = common.count + service.count + own.count
        var rowCounts = Array(repeating: 1, count: areaCount)
        for _ in 0..<(25 + rng.int(-2...2) - areaCount) { rowCounts[rng.int(0...areaCount - 1)] += 1 }
        var areas: [GoalArea] = []
        for (section, titles) in sections {
            for (n, title) in titles.enumerated() {
                let number = String(n + 1)
                let rows = (0..<rowCounts[areas.count]).map { r in row(number: "\(number).\(r + 1)", useCommon: section != .serviceArea) }
                areas.append(GoalArea(id: id(), section: section, number: number, title: title, rows: rows,
                                      midYearNote: rng.chance(0.5) ? "Drøftet i midtveissamtalen: " + text(["{resultat}."]) : ""))
            }
        }
        return areas
    }

    /// A row with 2–6 measures, 0–3 support items and `logEntries` log entries dated from January
    /// to `logUntil` (October in the open year, December before).
    mutating func row(number: String, useCommon: Bool, measures measureCount: ClosedRange<Int> = 2...6, logEntries: ClosedRange<Int> = 0...20,
                      logUntil: LocalDate? = nil) -> GoalRow {
        let measureBank = useCommon ? NorwegianText.commonMeasures + plan.domain.measures.prefix(3) : plan.domain.measures + NorwegianText.commonMeasures.prefix(3)
        let measures = (0..<rng.int(measureCount)).map { _ in Measure(id: id(), text: text(Array(measureBank))) }
        let start = LocalDate(year: plan.year, month: 1, day: 1)!
        let end = logUntil ?? LocalDate(year: plan.year, month: plan.isCurrent ? 10 : 12, day: 28)!
        let log = (0..<(measures.isEmpty ? 0 : rng.int(logEntries)))
            .map { _ in (date(from: start, through: end), text(NorwegianText.logEntries), rng.chance(0.7) ? rng.pick(measures).id : nil) }
            .sorted { $0.0 < $1.0 }
            .map { LogEntry(id: id(), date: $0.0, text: $0.1, measureID: $0.2) }
        return GoalRow(id: id(), resultGoal: text(NorwegianText.resultGoals), targetNumber: rng.chance(0.7) ? number : "",
                       target: (0..<rng.int(1...3)).map { _ in text(NorwegianText.targets) }.joined(separator: "\n"),
                       indicator: rng.chance(0.4) ? rng.pick(NorwegianText.indicators) : "",
                       measures: measures,
                       support: (0..<rng.int(0...3)).map { _ in SupportItem(id: id(), text: rng.pick(NorwegianText.support)) },
                       log: log)
    }

    mutating func assessment() -> Assessment {
        func rating(_ rng: inout SplitMix64) -> Rating {
            let r = rng.int(0...9)
            return r < 2 ? .beyondAgreement : r < 8 ? .asAgreed : .belowAgreement
        }
        let stamp = Stamp(party: .leader, date: date(month: 12...12))
        return Assessment(measuresRating: rating(&rng), attainmentRating: rating(&rng),
                          leaderComment: text(NorwegianText.leaderComments), contactComment: text(NorwegianText.contactComments),
                          leaderCommentStamp: stamp, contactCommentStamp: Stamp(party: .contactPerson, date: stamp.date))
    }

    mutating func amendment(_ area: GoalArea) -> Amendment {
        Amendment(id: id(), field: "\(area.section.number) \(area.label) – Mål for enheten", oldValue: area.rows[0].target,
                  newValue: text(NorwegianText.targets), date: date(month: 6...6), party: .leader,
                  reason: "Endret etter midtveissamtalen: " + text(["{resultat}."]))
    }

    func about() -> AboutSection {
        AboutSection(
            purpose: "Lederavtalen avklarer felles resultatmål og resultatmål for tjenesteutvikling ved \(plan.unit), og hvilken støtte kommunedirektøren gir for at målene nås.\n\nAvtalen skal gi et felles bilde av kommunens utfordringer og et godt samarbeid mellom beslutningsnivåene.",
            parties: "Lederavtalen inngås mellom enhetsleder \(plan.leader) og kommunedirektøren ved kommunaldirektør \(plan.domain.director). Kontaktperson er \(plan.contactPerson).",
            values: "Kommunens verdier – åpen, modig og helhetlig – ligger til grunn. Enheten drives innenfor vedtatt budsjett, lov og forskrift.",
            scope: "Avtalen gjelder for \(plan.year) og omfatter hele \(plan.unit).",
            leaderAssessmentBasis: NorwegianText.assessmentBasis)
    }

    mutating func text(_ templates: [String]) -> String {
        NorwegianText.fill(rng.pick(templates), context: context, using: &rng)
    }

    mutating func date(month: ClosedRange<Int>) -> LocalDate {
        LocalDate(year: plan.year, month: rng.int(month), day: rng.int(1...28))!
    }

    /// A day from `start` through `end`.
    mutating func date(from start: LocalDate, through end: LocalDate) -> LocalDate {
        LocalDate(dayNumber: rng.int(start.dayNumber...max(start.dayNumber, end.dayNumber))) ?? start
    }

    /// True with probability `p`, from the agreement's own stream.
    mutating func chance(_ p: Double) -> Bool { rng.chance(p) }

    /// A whole number in `range`, from the agreement's own stream.
    mutating func int(_ range: ClosedRange<Int>) -> Int { rng.int(range) }

    /// A fresh item id, unique within the agreement.
    mutating func id() -> ItemID {
        while true {
            let candidate = ItemID.random(using: &rng)
            if used.insert(candidate).inserted { return candidate }
        }
    }
}
