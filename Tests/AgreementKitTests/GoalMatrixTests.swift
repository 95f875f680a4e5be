import AgreementKit
import Testing

/// The goal matrix: common goal areas across units, and the roll-up of their ratings per goal
/// area and per service area.
@Suite("Goal matrix and its totals")
struct GoalMatrixTests {
    static let day = LocalDate(year: 2012, month: 2, day: 1)!

    /// A line with common goal areas rated as given (nil: not rated).
    static func line(_ id: String, unit: String, service: String, _ goals: [(String, Rating?)]) -> OverviewRow {
        let facts = OverviewFacts(phaseProgress: PhaseProgress(done: 0, required: 0), steps: YearStep.allCases.map { YearStepFacts(step: $0, date: nil, done: true) }, logDays: LogDays([]),
                                  ratings: RatingCounts(), plans: [],
                                  commonGoals: goals.enumerated().map { GoalAreaFacts(id: ItemID("\(id)-\($0.offset)"), title: $0.element.0, attainment: $0.element.1, progress: PhaseProgress(done: 1, required: 2)) },
                                  demo: false)
        return OverviewRow(id: id, municipality: "", unit: unit, serviceArea: service, leader: "", contactPerson: "", year: 2011, phase: .closed, facts: facts, on: day,
                           dates: StepDates())
    }

    @Test func areasAreColumnsByTitleAndLinesAreGroupedByServiceArea() {
        let matrix = GoalMatrix(rows: [
            Self.line("b", unit: "Berg sykehjem", service: "Helse", [("Frivillighet", .asAgreed), ("Redusert sykefravær", .belowAgreement)]),
            Self.line("a", unit: "Åsen skole", service: "Skole", [("frivillighet ", .beyondAgreement), ("Miljø", nil)]),
            Self.line("c", unit: "Aune skole", service: "Skole", [("Redusert  sykefravær", .asAgreed)]),
        ])
        #expect(matrix.serviceAreas == ["Helse", "Skole"])
        #expect(matrix.rows.map(\.id) == ["b", "c", "a"], "Helse first; in Skole, Aune before Åsen")
        #expect(matrix.areas.map(\.title) == ["Frivillighet", "Redusert sykefravær", "Miljø"])
        #expect(matrix.cells[1][0] == nil && matrix.cells[1][1]?.attainment == .asAgreed)
        #expect(matrix.cells[2][0]?.attainment == .beyondAgreement && matrix.cells[2][2]?.attainment == nil)
        #expect(matrix.areas[0].totals == RatingCounts(beyond: 1, asAgreed: 1))
        #expect(matrix.areas[1].byServiceArea == [RatingCounts(below: 1), RatingCounts(asAgreed: 1)])
        #expect(matrix.areas[2].totals == RatingCounts(notRated: 1))
    }

    @Test func totalsAreTheCellsSummedAndEachAreasServiceAreasSumToItsTotal() {
        var random = SplitMix64(seed: 3)
        let titles = ["Frivillighet", "Redusert sykefravær", "Miljø", "Heltidskultur"]
        let services = ["Oppvekst", "Helse og velferd", "Kultur"]
        let ratings: [Rating?] = [nil, .beyondAgreement, .asAgreed, .belowAgreement]
        for _ in 0..<50 {
            let lines = (0..<Int(random.next() % 30)).map { i in
                let goals = titles.filter { _ in random.next() % 4 != 0 }.map { ($0, ratings[Int(random.next() % 4)]) }
                return Self.line("u\(i)", unit: "Enhet \(i)", service: services[Int(random.next() % 3)], goals)
            }
            let matrix = GoalMatrix(rows: lines)
            for (c, area) in matrix.areas.enumerated() {
                var counted = RatingCounts()
                for line in matrix.cells { if let cell = line[c] { counted.add(cell.attainment) } }
                #expect(area.totals == counted)
                #expect(area.byServiceArea.reduce(RatingCounts(), +) == area.totals)
                let cellsHavingIt = lines.filter { $0.goal(area.key) != nil }.count
                #expect(area.totals.rated + area.totals.notRated == cellsHavingIt)
            }
        }
    }
}
