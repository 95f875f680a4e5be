import AgreementKit

/// Builds one demo agreement: a smaller agreement than the bench's (the common goals, three
/// service-area goals, one or two of the unit's own), with the phase and records its story tells.
struct DemoAgreementBuilder {
    let plan: AgreementPlan
    let story: DemoStory
    /// The store's date; a current year's records all lie before it.
    let asOf: LocalDate
    /// Section 2.1 to copy: titles, result goals and indicators; the unit writes its own targets.
    let commonGoals: [GoalArea]

    private var year: Int { plan.year }
    private func day(_ month: Int, _ day: Int) -> LocalDate { LocalDate(year: year, month: month, day: day)! }

    func make(using f: inout AgreementFactory) -> Agreement {
        let phase: Phase = switch story {
        case .notSigned: .agreement
        case .movedOnUnsigned, .noMidYearReview, .onTrack, .quiet: .followUp
        case .assessmentUnfinished: .assessment
        case .finished: .closed
        }
        var areas = goalAreas(using: &f)
        var signOffs: [SignOff] = []
        var changes: [PhaseChange] = []
        var reviews: [Review] = []
        let director = plan.domain.director
        if story != .notSigned && story != .movedOnUnsigned {
            signOffs += [SignOff(phase: .agreement, party: .leader, name: plan.leader, date: day(2, 8)),
                         SignOff(phase: .agreement, party: .director, name: director, date: day(2, 10))]
        }
        if phase >= .followUp {
            let gaps = story == .movedOnUnsigned ? areas.flatMap(\.rows).filter { $0.measures.isEmpty }.map { "Rad uten tiltak: \($0.target.prefix(40))" } : []
            changes.append(PhaseChange(from: .agreement, to: .followUp, date: story == .movedOnUnsigned ? day(3, 21) : day(2, 14),
                                       party: .contactPerson, gaps: gaps, person: plan.contactPerson))
        }
        if [.movedOnUnsigned, .onTrack, .quiet, .finished, .assessmentUnfinished].contains(story) {
            reviews.append(Review(kind: .midYear, date: day(6, f.int(6...24))))
        }
        if phase >= .assessment {
            changes.append(PhaseChange(from: .followUp, to: .assessment, date: day(11, 28), party: .contactPerson, person: plan.contactPerson))
            let rated = story == .finished ? areas.count : areas.count / 2
            for i in 0..<rated { areas[i].assessment = f.assessment() }
        }
        var checklist = NorwegianText.checklist.map { ChecklistItem(id: f.id(), task: $0) }
        if phase >= .assessment {
            let marked = story == .finished ? checklist.count : checklist.count / 3
            for i in 0..<marked { checklist[i].status = f.chance(0.85) ? .done : .notDone }
        }
        var plans: [ImprovementPlan] = []
        if story == .finished {
            changes.append(PhaseChange(from: .assessment, to: .closed, date: day(12, 16), party: .contactPerson, person: plan.contactPerson))
            reviews.append(Review(kind: .yearEnd, date: day(12, 12)))
            signOffs += [SignOff(phase: .assessment, party: .leader, name: plan.leader, date: day(12, 14)),
                         SignOff(phase: .assessment, party: .contactPerson, name: plan.contactPerson, date: day(12, 15))]
            // Monthly follow-up from February to October of the next year: open on the store's date.
            plans = areas.filter { $0.assessment.attainmentRating == .belowAgreement }.map { area in
                ImprovementPlan(id: f.id(), goalAreaID: area.id, actions: f.text(NorwegianText.commonMeasures) + "\n" + f.text(plan.domain.measures),
                                followUpDates: (2...10).compactMap { LocalDate(year: year + 1, month: $0, day: 15) }, created: day(12, 12))
            }
        }
        return Agreement(
            id: plan.id,
            header: AgreementHeader(municipality: UnitCatalog.municipality, unit: plan.unit, serviceArea: plan.domain.serviceArea, year: year,
                                    leader: plan.leader, director: director, contactPerson: plan.contactPerson),
            phase: phase,
            about: f.about(),
            checklist: checklist,
            goalAreas: areas,
            conditions: UnitConditions(leaderDescription: story == .notSigned ? "" : f.text(NorwegianText.conditions),
                                       contactComment: story == .finished ? f.text(NorwegianText.contactComments) : ""),
            signOffs: signOffs,
            phaseChanges: changes,
            reviews: reviews,
            improvementPlans: plans,
            demo: true
        )
    }

    /// Section 2.1 as given, three service-area goal areas and one or two of the unit's own, each
    /// row filled as far as the story has come.
    private func goalAreas(using f: inout AgreementFactory) -> [GoalArea] {
        var areas: [GoalArea] = []
        for (n, common) in commonGoals.enumerated() {
            let rows = common.rows.map { source in
                var row = makeRow(number: "", useCommon: true, using: &f)
                row.resultGoal = source.resultGoal.replacingOccurrences(of: "2011", with: String(year))
                row.indicator = source.indicator
                return row
            }
            areas.append(GoalArea(id: f.id(), section: .common, number: common.number.isEmpty ? String(n + 1) : common.number, title: common.title, rows: rows))
        }
        var rng = SplitMix64(seed: UInt64(plan.index) &+ 77)
        for (n, title) in rng.sample(plan.domain.goalAreas, 3).enumerated() {
            let rows = (0..<f.int(1...2)).map { r in makeRow(number: "\(n + 1).\(r + 1)", useCommon: false, using: &f) }
            areas.append(GoalArea(id: f.id(), section: .serviceArea, number: String(n + 1), title: title, rows: rows))
        }
        let own = rng.sample(["Godt arbeidsmiljø", "Kommunikasjon og omdømme", "Økonomi i balanse", "Lærende organisasjon"], f.int(1...2))
        for (n, title) in own.enumerated() {
            areas.append(GoalArea(id: f.id(), section: .own, number: String(n + 1), title: title,
                                  rows: [makeRow(number: "\(n + 1).1", useCommon: true, using: &f)]))
        }
        return areas
    }

    /// A row as the story has it: targets and measures sometimes missing before the agreement is
    /// made; log entries up to the store's date (in a past year, all year; when quiet, till May).
    private func makeRow(number: String, useCommon: Bool, using f: inout AgreementFactory) -> GoalRow {
        let logUntil: LocalDate = switch story {
        case .finished, .assessmentUnfinished: day(12, 10)
        case .quiet: day(5, 20)
        case .notSigned: day(1, 1)
        default: asOf
        }
        let entries: ClosedRange<Int> = switch story {
        case .notSigned: 0...0
        case .noMidYearReview, .movedOnUnsigned: 0...2
        case .onTrack: 1...5
        default: 1...4
        }
        var row = f.row(number: number, useCommon: useCommon, measures: 1...3, logEntries: entries, logUntil: logUntil)
        if story == .notSigned || story == .movedOnUnsigned, f.chance(0.3) {
            row.measures = []
            row.log = []
        }
        if story == .notSigned, f.chance(0.3) { row.target = "" }
        return row
    }
}
