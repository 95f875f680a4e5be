import AgreementKit
import AgreementStore

/// What the overview is built from, as the executable read it: every agreement's summary from
/// the store's index, the files that could not be read (worded, with file:line:col), and the
/// rule the steps of the year are dated by (the store's wheels, the standard deadlines).
public struct OverviewData: Equatable, Sendable {
    public var summaries: [AgreementSummary]
    public var problems: [String]
    public var dates: StepDates

    public init(summaries: [AgreementSummary], problems: [String], dates: StepDates = StepDates()) {
        self.summaries = summaries
        self.problems = problems
        self.dates = dates
    }
}
