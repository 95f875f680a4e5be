import AgreementKit
import Testing

/// Sorting and filtering the overview's lines.
@Suite("Overview: sort and filter")
struct OverviewTableTests {
    static func line(_ id: String, unit: String, service: String = "Skole", contact: String = "", year: Int = 2011, phase: Phase = .followUp,
                     done: Int = 0, log: [LocalDate] = [], milestones: [AgreementMilestone] = [.agreementSigned]) -> OverviewRow {
        let facts = OverviewFacts(phaseProgress: PhaseProgress(done: done, required: 10), steps: YearStep.allCases.map { YearStepFacts(step: $0, date: nil, done: $0.milestone.map(milestones.contains) ?? false) },
                                  logDays: LogDays(log),
                                  ratings: RatingCounts(), plans: [], commonGoals: [], demo: false)
        return OverviewRow(id: id, municipality: "", unit: unit, serviceArea: service, leader: "", contactPerson: contact, year: year, phase: phase,
                           facts: facts, on: LocalDate(year: 2011, month: 9, day: 15)!, dates: StepDates())
    }

    static let lines = [
        line("o", unit: "Ørnehaugen skole", contact: "Kari Nordmann", done: 4),
        line("a", unit: "Åsen barnehage", service: "Barnehage", contact: "Per Hansen", done: 9, milestones: [.agreementSigned, .midYearReview]),
        line("z", unit: "Zebra skole", contact: "Kari Nordmann", year: 2010, phase: .closed, done: 10, milestones: AgreementMilestone.allCases),
        line("b", unit: "Berg skole", contact: "Jesper Lie", phase: .agreement, done: 2, milestones: []),
    ]

    @Test func eachColumnSortsAndTheDirectionTurns() {
        let table = OverviewTable(rows: Self.lines) { "\($0)" }
        func ids(_ column: OverviewColumn, descending: Bool = false) -> [String] {
            table.sorted(by: OverviewSort(column: column, descending: descending)).map { table.rows[$0].id }
        }
        #expect(ids(.unit) == ["b", "z", "o", "a"], "Norwegian order: z, ø, å")
        #expect(ids(.unit, descending: true) == ["a", "o", "z", "b"])
        #expect(ids(.progress) == ["b", "o", "a", "z"])
        // Deadlines: Berg's 01.03 and Ørnehaugen's 30.06 are overdue (earliest first), Åsen's
        // 31.01.2012 is not, Zebra has none due.
        #expect(ids(.deadline) == ["b", "o", "a", "z"])
        #expect(ids(.year) == ["z", "b", "o", "a"], "ties fall to unit order")
        #expect(ids(.phase) == ["b", "o", "a", "z"])
    }

    @Test func quickFiltersAndTypedWordsCombine() {
        let table = OverviewTable(rows: Self.lines) { $0 == .followUp ? "Oppfølging" : "\($0)" }
        let all = table.sorted(by: .standard)
        func ids(_ filter: OverviewFilter) -> [String] { table.visible(all, filter: filter).map { table.rows[$0].id } }
        #expect(ids(OverviewFilter()) == ["b", "z", "o", "a"])
        #expect(ids(OverviewFilter(contactPerson: "kari")) == ["z", "o"])
        #expect(ids(OverviewFilter(contactPerson: "Kari Nordmann")) == ["z", "o"])
        #expect(ids(OverviewFilter(contactPerson: "per")) == ["a"], "«per» begins Per, not Jesper")
        #expect(ids(OverviewFilter(serviceArea: "barne")) == ["a"])
        #expect(ids(OverviewFilter(phase: .closed)) == ["z"])
        #expect(ids(OverviewFilter(year: 2011, behindOnly: true)) == ["b", "o"])
        #expect(ids(OverviewFilter(text: "SKOLE oppf")) == ["o"])
        #expect(ids(OverviewFilter(contactPerson: "kari", text: "2010")) == ["z"])
        #expect(OverviewFilter().isEmpty && !OverviewFilter(text: "x").isEmpty && OverviewFilter(text: "x").hasNoQuickFilter)
    }

    @Test func narrowingTheShownLinesEqualsFilteringThemAll() {
        let table = OverviewTable(rows: Self.lines) { "\($0)" }
        let all = table.sorted(by: OverviewSort(column: .deadline))
        var shown = all
        var typed = ""
        for c in "skole 2011" {
            typed.append(c)
            shown = table.visible(shown, filter: OverviewFilter(text: typed))
            #expect(shown == table.visible(all, filter: OverviewFilter(text: typed)), "after «\(typed)»")
        }
    }
}
