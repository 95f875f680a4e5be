import AgreementKit

/// Random agreements with hostile and Norwegian text, for save → load properties.
struct RandomAgreements {
    var generator: SplitMix64

    init(seed: UInt64) { generator = SplitMix64(seed: seed) }

    private static let fragments = [
        "Økt", "læringsutbytte", "på", "1. trinn", "sykefravær 5,2 %", "Åsen", "ære", "\"sitat\"", "back\\slash",
        "linje\nskift", "tab\there", "宽字符", "e\u{301}", "👩‍👩‍👧", "\u{1b}[31mrødt\u{1b}[0m", "\u{202e}bidi", "", " ", "/sti/",
        "NUL\u{0}", "emoji ✔️", "«anførsel»", "–", "…",
    ]

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &generator) }

    mutating func text(maxWords: Int = 6) -> String {
        (0..<int(0...maxWords)).map { _ in Self.fragments.randomElement(using: &generator)! }.joined(separator: " ")
    }

    mutating func id() -> ItemID { ItemID.random(using: &generator) }

    mutating func date(year: Int) -> LocalDate {
        LocalDate(year: year + int(-1...1), month: int(1...12), day: int(1...28))!
    }

    mutating func party() -> Party { Party.allCases.randomElement(using: &generator)! }

    mutating func rating() -> Rating? {
        int(0...3) == 0 ? nil : Rating.allCases.randomElement(using: &generator)
    }

    /// Sometimes a heading, instruction or indicator (schema 4).
    mutating func entryKind() -> ListEntryKind? {
        int(0...3) == 0 ? ListEntryKind.allCases.randomElement(using: &generator) : nil
    }

    /// Sometimes a link to an item of last year's agreement (schema 4).
    mutating func link() -> ItemLink? {
        int(0...2) == 0 ? ItemLink(agreement: "enhet-\(int(1...9))-2010", item: id()) : nil
    }

    mutating func row(year: Int) -> GoalRow {
        let measures = (0..<int(0...4)).map { _ in
            Measure(id: id(), text: text(), kind: entryKind(), done: int(0...2) == 0 ? date(year: year) : nil, carriedFrom: link())
        }
        let log = (0..<int(0...5)).map { _ in
            LogEntry(id: id(), date: date(year: year), text: text(), measureID: measures.isEmpty || int(0...1) == 0 ? nil : measures.randomElement(using: &generator)!.id)
        }
        return GoalRow(id: id(), resultGoal: text(), targetNumber: int(0...1) == 0 ? "" : "\(int(1...9)).\(int(1...9))", target: text(),
                       indicator: text(maxWords: 2), measures: measures,
                       support: (0..<int(0...3)).map { _ in SupportItem(id: id(), text: text(), kind: entryKind()) }, log: log,
                       indicators: (0..<int(0...2)).map { _ in indicator(year: year) },
                       planLinks: (0..<int(0...2)).map { _ in PlanLink(plan: "kuo-2018-2021", code: ["1.a", "S.1", "B.6", "x"].randomElement(using: &generator)!) },
                       carriedFrom: link())
    }

    mutating func period(year: Int) -> Period {
        let kinds: [Period.Kind] = [.year, .tertial(int(1...3)), .quarter(int(1...4)), .month(int(1...12))]
        return Period(year: year + int(-2...1), kind: kinds.randomElement(using: &generator)!)!
    }

    /// Numbers with fractions that JSON must carry exactly: 5.2, 14.5, 0.1, 1/3 …
    mutating func number() -> Double {
        [5.2, 14.5, 0.1, 1.0 / 3.0, 100, 0, 6, 12_500.75, Double(int(0...10_000)) / 100].randomElement(using: &generator)!
    }

    mutating func values(year: Int) -> [IndicatorValue] {
        var byPeriod: [Period: IndicatorValue] = [:]
        for _ in 0..<int(0...5) {
            let p = period(year: year)
            byPeriod[p] = IndicatorValue(period: p, value: number(), source: text(maxWords: 2))
        }
        return byPeriod.values.sorted { $0.period < $1.period }
    }

    mutating func indicator(year: Int) -> Indicator {
        var comparisons: [ComparisonValue] = []
        for kind in ComparisonKind.allCases where int(0...1) == 0 {
            comparisons += values(year: year).map { ComparisonValue(kind: kind, period: $0.period, value: $0.value, source: $0.source) }
        }
        return Indicator(id: id(), name: text(maxWords: 3), unit: IndicatorUnit.allCases.randomElement(using: &generator)!,
                         better: BetterDirection.allCases.randomElement(using: &generator)!,
                         perspective: int(0...2) == 0 ? nil : Perspective.allCases.randomElement(using: &generator),
                         baseline: int(0...1) == 0 ? nil : IndicatorValue(period: period(year: year), value: number(), source: text(maxWords: 2)),
                         targets: values(year: year), results: values(year: year), comparisons: comparisons)
    }

    mutating func agreement() -> Agreement {
        let year = int(2000...2030)
        let unit = "Enhet \(int(1...999)) " + text(maxWords: 2)
        let areas = (0..<int(0...6)).map { _ in
            GoalArea(id: id(), section: GoalSection.allCases.randomElement(using: &generator)!, number: "\(int(1...9))", title: text(maxWords: 4),
                     subGoals: (0..<int(0...2)).map { _ in SubGoal(id: id(), number: "\(int(1...9))a", title: text(maxWords: 4)) },
                     rows: (0..<int(0...4)).map { _ in row(year: year) }, midYearNote: text(),
                     assessment: Assessment(measuresRating: rating(), attainmentRating: rating(), leaderComment: text(), contactComment: text(),
                                            leaderCommentStamp: int(0...1) == 0 ? nil : Stamp(party: party(), date: date(year: year)),
                                            contactCommentStamp: int(0...1) == 0 ? nil : Stamp(party: party(), date: date(year: year))),
                     carriedFrom: link())
        }
        return Agreement(
            id: Slug.make(unit: unit, year: year),
            header: AgreementHeader(municipality: text(maxWords: 2), unit: unit, serviceArea: text(maxWords: 2), year: year,
                                    leader: text(maxWords: 2), director: text(maxWords: 2), contactPerson: text(maxWords: 2)),
            phase: Phase.allCases.randomElement(using: &generator)!,
            about: AboutSection(purpose: text(), parties: text(), values: text(), scope: text(), leaderAssessmentBasis: (0..<int(0...6)).map { _ in text() }),
            checklist: (0..<int(0...10)).map { _ in
                ChecklistItem(id: id(), task: text(), status: int(0...2) == 0 ? nil : ChecklistStatus.allCases.randomElement(using: &generator), comment: text())
            },
            goalAreas: areas,
            conditions: UnitConditions(leaderDescription: text(), contactComment: text()),
            personalGoals: (0..<int(0...3)).map { _ in PersonalGoal(id: id(), text: text()) },
            signOffs: (0..<int(0...2)).map { _ in SignOff(phase: Phase.allCases.randomElement(using: &generator)!, party: party(), name: text(maxWords: 2), date: date(year: year)) },
            phaseChanges: (0..<int(0...3)).map { _ in
                PhaseChange(from: .agreement, to: .followUp, date: date(year: year), party: party(), gaps: (0..<int(0...2)).map { _ in text() }, reason: text())
            },
            amendments: (0..<int(0...2)).map { _ in
                Amendment(id: id(), field: text(maxWords: 3), oldValue: text(), newValue: text(), date: date(year: year), party: party(), reason: text())
            },
            reviews: (0..<int(0...2)).map { _ in Review(kind: int(0...1) == 0 ? .midYear : .yearEnd, date: date(year: year)) },
            improvementPlans: areas.isEmpty || int(0...1) == 0 ? [] : [
                ImprovementPlan(id: id(), goalAreaID: areas[0].id, actions: text(), followUpDates: [date(year: year), date(year: year)], created: date(year: year)),
            ],
            demo: int(0...1) == 0,
            carriedFrom: int(0...2) == 0 ? "enhet-\(int(1...9))-\(year - 1)" : nil,
            template: int(0...2) == 0 ? TemplateLink(name: "kommune-\(year)", fingerprints: ["resultGoal.\(id())": Fingerprint.of(text())]) : nil
        )
    }
}
