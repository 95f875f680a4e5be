import AgreementKit
import Catalogue

/// Last year's log of a row that was carried over, as read from last year's agreement.
public struct PreviousLog: Equatable, Sendable {
    /// One entry: its date, text and the measure it reports on.
    public struct Entry: Equatable, Sendable {
        public var date: LocalDate
        public var text: String
        public var measure: String?

        public init(date: LocalDate, text: String, measure: String?) {
            self.date = date
            self.text = text
            self.measure = measure
        }
    }

    /// Last year's agreement.
    public var agreementID: String
    public var year: Int
    /// The row, named for people.
    public var row: String
    /// By date.
    public var entries: [Entry]

    public init(agreementID: String, year: Int, row: String, entries: [Entry]) {
        self.agreementID = agreementID
        self.year = year
        self.row = row
        self.entries = entries
    }

    /// The log of a row of `agreement`, by date, or nil when the row is not there.
    public init?(row id: ItemID, of agreement: Agreement, words: any Wording) {
        guard let (a, r) = agreement.location(ofRow: id) else { return nil }
        let area = agreement.goalAreas[a], row = area.rows[r]
        let sorted = row.log.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        self.init(agreementID: agreement.id, year: agreement.header.year, row: words.rowName(RowName(row, in: area)),
                  entries: sorted.map { entry in
                      Entry(date: entry.date, text: entry.text, measure: entry.measureID.flatMap { m in row.measures.first { $0.id == m }?.text })
                  })
    }
}
