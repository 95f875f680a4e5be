import AgreementKit
import Foundation

/// The goal rows as CSV, one record per row of a goal area, for spreadsheets.
enum CSVExport {
    /// The header line, in Norwegian.
    static let header = [
        "Del", "Målområde", "Resultatmål", "Målnummer", "Mål for enheten", "Indikator",
        "Tiltak", "Støtte", "Antall logg", "Gjennomførte tiltak er", "Måloppnåelse for enheten er",
    ]

    /// The records: section 2.1, 2.2, 3.2 in form order; measures and support joined with " / ".
    static func rows(_ agreement: Agreement) -> [[String]] {
        GoalSection.allCases.flatMap { section in
            agreement.goalAreas(in: section).flatMap { area in
                area.rows.map { row in
                    [
                        section.number, area.label, row.resultGoal, row.targetNumber, row.target, row.indicator,
                        row.measures.map(\.text).joined(separator: " / "),
                        row.support.map(\.text).joined(separator: " / "),
                        String(row.log.count),
                        area.assessment.measuresRating?.title ?? "",
                        area.assessment.attainmentRating?.title ?? "",
                    ]
                }
            }
        }
    }

    static func data(_ agreement: Agreement, separator: CSVSeparator) throws(ExportError) -> Data {
        try CSVTable.data(header: header, rows: rows(agreement), separator: separator)
    }
}
