/// When each step of an agreement's year is due, as days relative to the agreement's year.
///
/// The overview reckons "behind" from these. `standard` holds the defaults documented in the
/// README (agreement signed by 1 March, mid-year review by 30 June, year-end assessment by
/// 31 January of the next year); the annual wheel will supply its own dates for the same three
/// steps, so whatever builds the overview passes a `MilestoneDueDates` in and nothing else changes.
public struct MilestoneDueDates: Equatable, Hashable, Sendable {
    /// A day relative to the agreement's year: month, day, and how many years after it.
    public struct Due: Equatable, Hashable, Sendable {
        public var month: Int
        public var day: Int
        public var yearOffset: Int

        public init(month: Int, day: Int, yearOffset: Int = 0) {
            self.month = month
            self.day = day
            self.yearOffset = yearOffset
        }
    }

    public var agreementSigned: Due
    public var midYearReview: Due
    public var yearEndAssessment: Due

    public init(agreementSigned: Due, midYearReview: Due, yearEndAssessment: Due) {
        self.agreementSigned = agreementSigned
        self.midYearReview = midYearReview
        self.yearEndAssessment = yearEndAssessment
    }

    /// 1 March, 30 June, and 31 January of the next year.
    public static let standard = MilestoneDueDates(agreementSigned: Due(month: 3, day: 1), midYearReview: Due(month: 6, day: 30),
                                           yearEndAssessment: Due(month: 1, day: 31, yearOffset: 1))

    /// When a step is due in an agreement of `year` (a day past the month's end falls on its last day).
    public func date(of milestone: AgreementMilestone, year: Int) -> LocalDate {
        let due = self[milestone]
        let y = min(9999, max(1, year + due.yearOffset))
        let month = min(12, max(1, due.month))
        let last = LocalDate.lastDay(ofMonth: month, year: y)?.day ?? 28
        return LocalDate(year: y, month: month, day: min(last, max(1, due.day))) ?? LocalDate(year: y, month: month, day: 1)!
    }

    /// The steps of an agreement's year in the order they fall due.
    public func schedule(year: Int) -> [(milestone: AgreementMilestone, date: LocalDate)] {
        AgreementMilestone.allCases.map { ($0, date(of: $0, year: year)) }.sorted { $0.1 < $1.1 }
    }

    public subscript(milestone: AgreementMilestone) -> Due {
        switch milestone {
        case .agreementSigned: agreementSigned
        case .midYearReview: midYearReview
        case .yearEndAssessment: yearEndAssessment
        }
    }
}
