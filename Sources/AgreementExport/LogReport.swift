import AgreementKit
import Catalogue

/// The log of an agreement for the contact person: entries in a date range, grouped by goal
/// area and row in form order, each group sorted by date, with the linked measure named.
public struct LogReport: Equatable, Sendable {
    /// One log entry.
    public struct Entry: Equatable, Sendable {
        public var date: LocalDate
        public var text: String
        /// The text of the measure the entry reports on, if any.
        public var measure: String?
    }

    /// The entries of one row.
    public struct Row: Equatable, Sendable {
        /// The row's place in its goal area, from 0.
        public var index: Int
        /// The unit's target number: "1.1".
        public var targetNumber: String
        /// The first line of the row's target, else of its result goal.
        public var firstLine: String
        public var entries: [Entry]

        /// "1.1 Elevene har økt læringsutbytte …": the row's number and the first line of its
        /// target; "Mål 1.1" or "Rad 2" when there is no text.
        public func title(_ words: any ExportWording) -> String {
            switch (targetNumber.isEmpty, firstLine.isEmpty) {
            case (_, true): words.rowTitle(index: index, targetNumber: targetNumber)
            case (true, false): firstLine
            case (false, false): firstLine.hasPrefix(targetNumber) ? firstLine : "\(targetNumber) \(firstLine)"
            }
        }
    }

    /// The rows of one goal area that have entries in the range.
    public struct Area: Equatable, Sendable {
        public var section: GoalSection
        /// "1. Frivillighet".
        public var label: String
        public var rows: [Row]
    }

    public var from: LocalDate?
    public var to: LocalDate?
    public var areas: [Area]

    /// The report of `agreement`'s log from `from` to `to`, both inclusive; nil means open.
    public init(_ agreement: Agreement, from: LocalDate? = nil, to: LocalDate? = nil) {
        self.from = from
        self.to = to
        areas = GoalSection.allCases.flatMap { section in
            agreement.goalAreas(in: section).compactMap { area -> Area? in
                let rows = area.rows.enumerated().compactMap { index, row -> Row? in
                    let entries = FormText.sortedLog(row.log)
                        .filter { entry in (from.map { entry.date >= $0 } ?? true) && (to.map { entry.date <= $0 } ?? true) }
                        .map { Entry(date: $0.date, text: $0.text, measure: FormText.measureText($0, in: row)) }
                    let text = [row.target, row.resultGoal].first { !$0.isEmpty }.map { String($0.split(separator: "\n").first ?? "") } ?? ""
                    return entries.isEmpty ? nil : Row(index: index, targetNumber: row.targetNumber, firstLine: text, entries: entries)
                }
                return rows.isEmpty ? nil : Area(section: section, label: area.label, rows: rows)
            }
        }
    }

    /// The number of entries in the report.
    public var entryCount: Int { areas.reduce(0) { $0 + $1.rows.reduce(0) { $0 + $1.entries.count } } }
}
