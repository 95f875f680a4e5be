import AgreementKit
import Catalogue
import Foundation

/// The goal rows as CSV, one record per row of a goal area, for spreadsheets.
enum CSVExport {
    /// The header line, in the catalogue's language.
    static func header(_ words: any Wording) -> [String] {
        [ExportText.csvSection, .csvGoalArea, .csvResultGoal, .csvTargetNumber, .csvTarget, .csvIndicator,
         .csvMeasures, .csvSupport, .csvLogCount, .csvMeasuresRating, .csvAttainmentRating].map(words.export)
            + [words.indicatorExport(.csvMeasured), words.indicatorExport(.csvPlanLinks)]
    }

    /// The records: section 2.1, 2.2, 3.2 in form order; measures and support joined with " / ".
    static func rows(_ agreement: Agreement, words: any Wording) -> [[String]] {
        GoalSection.allCases.flatMap { section in
            agreement.goalAreas(in: section).flatMap { area in
                area.rows.map { row in
                    [
                        section.number, area.label, row.resultGoal, row.targetNumber, row.target, row.indicator,
                        row.measures.map { $0.kind == .indicator ? words.indicator($0.text) : $0.text }.joined(separator: " / "),
                        row.support.map(\.text).joined(separator: " / "),
                        String(row.log.count),
                        area.assessment.measuresRating.map(words.rating) ?? "",
                        area.assessment.attainmentRating.map(words.rating) ?? "",
                        IndicatorText(words: words).csvCell(row),
                        PlanLink.text(row.planLinks),
                    ]
                }
            }
        }
    }

    static func data(_ agreement: Agreement, separator: CSVSeparator, words: any Wording) throws(ExportError) -> Data {
        try CSVTable.data(header: header(words), rows: rows(agreement, words: words), separator: separator)
    }
}
