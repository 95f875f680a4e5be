import AgreementKit
import Catalogue

/// Which columns of the overview fit a width, and how wide each is: the unit takes what is left
/// (at least 20 columns); year, phase, progress, deadline, log, ratings and plans always show;
/// contact person, service area and leader join as the width allows, in that order.
struct OverviewColumns: Equatable {
    struct Column: Equatable {
        var column: OverviewColumn
        var width: Int
    }

    let columns: [Column]

    static let fixed: [(OverviewColumn, Int)] = [(.year, 4), (.phase, 4), (.progress, 9), (.deadline, 13), (.log, 5), (.ratings, 9), (.plans, 6)]
    static let optional: [(OverviewColumn, Int)] = [(.contactPerson, 16), (.serviceArea, 18), (.leader, 18)]
    static let minimumUnit = 20
    static let preferredUnit = 24

    init(width: Int) {
        var chosen: [(OverviewColumn, Int)] = Self.fixed
        func used(_ columns: [(OverviewColumn, Int)]) -> Int { columns.reduce(0) { $0 + $1.1 + 1 } }
        for extra in Self.optional where width - used(chosen + [extra]) >= Self.preferredUnit {
            chosen.insert(extra, at: 0)
        }
        let order = OverviewColumn.allCases
        chosen.sort { (order.firstIndex(of: $0.0) ?? 0) < (order.firstIndex(of: $1.0) ?? 0) }
        let unit = max(Self.minimumUnit, width - used(chosen))
        columns = [Column(column: .unit, width: unit)] + chosen.map { Column(column: $0.0, width: $0.1) }
    }

    /// The cells of one row, in the columns' order.
    static func cells(_ row: OverviewRow, words w: any Wording) -> [OverviewColumn: Span] {
        let ratings = row.ratings.rated == 0
            ? Span("–", .muted)
            : Span("\(Rating.beyondAgreement.glyph)\(row.ratings.beyond) \(Rating.asAgreed.glyph)\(row.ratings.asAgreed) \(Rating.belowAgreement.glyph)\(row.ratings.below)")
        let deadline: Span = if let date = row.nextDeadline {
            row.overdue ? Span("! " + w.date(date), .warning) : Span("  " + w.date(date))
        } else {
            Span("  –", .muted)
        }
        return [
            .unit: Span(row.unit), .serviceArea: Span(row.serviceArea), .leader: Span(row.leader), .contactPerson: Span(row.contactPerson),
            .year: Span(String(row.year)),
            .phase: Span(phaseLetter(row.phase), Span.role(for: row.phase.colour)),
            .progress: Span("\(row.progress.done)/\(row.progress.required)"),
            .deadline: deadline,
            .log: Span(String(row.logEntries30d), row.logEntries30d == 0 ? .muted : .normal),
            .ratings: ratings,
            .plans: Span(String(row.openImprovementPlans), row.openImprovementPlans == 0 ? .muted : .normal),
        ]
    }

    /// The phase's letter, as the header badge shows it: B, O, G, ■ for Avsluttet.
    static func phaseLetter(_ phase: Phase) -> String {
        phase.mark
    }
}
