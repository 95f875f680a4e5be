import AgreementKit
import AgreementStore

/// What the overview is built from, as the executable read it: every agreement's line, reckoned
/// from the store's index on the session's day with the steps of the year dated by the store's
/// wheels (else the standard deadlines), and the files that could not be read (worded, with
/// file:line:col).
public struct OverviewData: Equatable, Sendable {
    public var rows: [OverviewRow]
    public var problems: [String]
    /// The day the rows are reckoned from.
    public var date: LocalDate

    public init(rows: [OverviewRow], problems: [String], date: LocalDate) {
        self.rows = rows
        self.problems = problems
        self.date = date
    }

    /// The lines of `summaries` on `date`. Pass the listing's summaries with `consume`: each is let go
    /// as soon as its line is made (see `AgreementSummary.overviewRows`).
    public init(summaries: consuming [AgreementSummary], problems: [String], dates: StepDates = StepDates(), on date: LocalDate) {
        self.init(rows: AgreementSummary.overviewRows(summaries, on: date, dates: dates), problems: problems, date: date)
    }
}
