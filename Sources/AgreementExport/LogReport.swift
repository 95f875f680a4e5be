import AgreementKit

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
        /// "1.1 Elevene har økt læringsutbytte …": the row's number and the first line of its target.
        public var title: String
        public var entries: [Entry]
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
                    return entries.isEmpty ? nil : Row(title: FormText.rowTitle(row, index: index), entries: entries)
                }
                return rows.isEmpty ? nil : Area(section: section, label: area.label, rows: rows)
            }
        }
    }

    /// The number of entries in the report.
    public var entryCount: Int { areas.reduce(0) { $0 + $1.rows.reduce(0) { $0 + $1.entries.count } } }

    /// "01.03.2011–30.06.2011", "fra 01.03.2011", "til 30.06.2011" or "hele året".
    public var periodText: String {
        switch (from, to) {
        case let (f?, t?): "\(f.display)–\(t.display)"
        case let (f?, nil): "fra \(f.display)"
        case let (nil, t?): "til \(t.display)"
        case (nil, nil): "hele året"
        }
    }
}
