import AgreementKit
import AgreementStore

/// What the overview is built from, as the executable read it: every agreement's summary from
/// the store's index, the files that could not be read (worded, with file:line:col), and the
/// deadlines "behind" is reckoned with.
public struct OverviewData: Equatable, Sendable {
    public var summaries: [AgreementSummary]
    public var problems: [String]
    public var deadlines: MilestoneDueDates

    public init(summaries: [AgreementSummary], problems: [String], deadlines: MilestoneDueDates = .standard) {
        self.summaries = summaries
        self.problems = problems
        self.deadlines = deadlines
    }
}
