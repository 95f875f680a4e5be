/// A step of an agreement's year that "behind" is reckoned against: leaving a phase by its
/// deadline or holding a meeting of the year. Three of them have standard dates
/// (`MilestoneDueDates`) and can be given dates by a wheel event tied to their milestone; the
/// agreement may set its own date for each (`AgreementSchedule`).
public enum YearStep: String, Codable, CaseIterable, Sendable {
    /// Inngåelse left and signed (its phase deadline; standard 1 March).
    case agreementSigned
    /// The mid-year review held (the mid-year meeting; standard 30 June).
    case midYearReview
    /// Oppfølging left (its phase deadline; no standard date).
    case followUpDone
    /// The year-end conversation held (the year-end meeting; no standard date).
    case yearEndMeeting
    /// Resultatvurdering left, the agreement closed (its phase deadline; standard 31 January of the next year).
    case yearEndAssessment

    /// The milestone the standard deadlines and the wheel's links name this step by, if any.
    public var milestone: AgreementMilestone? {
        switch self {
        case .agreementSigned: .agreementSigned
        case .midYearReview: .midYearReview
        case .yearEndAssessment: .yearEndAssessment
        case .followUpDone, .yearEndMeeting: nil
        }
    }

    /// The step a milestone stands for.
    public init(_ milestone: AgreementMilestone) {
        switch milestone {
        case .agreementSigned: self = .agreementSigned
        case .midYearReview: self = .midYearReview
        case .yearEndAssessment: self = .yearEndAssessment
        }
    }

    /// The agreement's own date for the step, as set in its schedule.
    public func ownDate(in schedule: AgreementSchedule) -> LocalDate? {
        switch self {
        case .agreementSigned: schedule.phaseDeadlines[.agreement]
        case .midYearReview: schedule.meetings[.midYear]
        case .followUpDone: schedule.phaseDeadlines[.followUp]
        case .yearEndMeeting: schedule.meetings[.yearEnd]
        case .yearEndAssessment: schedule.phaseDeadlines[.assessment]
        }
    }

    /// Where a dated entry of the step says it comes from (the catalogue words its title from this).
    public var source: DeadlineEntry.Source {
        switch self {
        case .agreementSigned: .phase(.agreement)
        case .midYearReview: .meeting(.midYear)
        case .followUpDone: .phase(.followUp)
        case .yearEndMeeting: .meeting(.yearEnd)
        case .yearEndAssessment: .phase(.assessment)
        }
    }

    /// What `Enter` in the wheel view goes to: the phase, or the meeting.
    public var target: DeadlineTarget {
        switch self {
        case .agreementSigned: .phase(.agreement)
        case .midYearReview: .meeting(.midYear)
        case .followUpDone: .phase(.followUp)
        case .yearEndMeeting: .meeting(.yearEnd)
        case .yearEndAssessment: .phase(.assessment)
        }
    }

    /// A meeting or a deadline.
    public var kind: WheelEventKind {
        self == .midYearReview || self == .yearEndMeeting ? .meeting : .deadline
    }

    /// The dated entry's id, stable across runs (the calendar UID is made from it):
    /// `phase-agreement`, `meeting-midYear`, `phase-followUp`, `meeting-yearEnd`, `phase-assessment`.
    public var entryID: String {
        switch self {
        case .agreementSigned: "phase-agreement"
        case .midYearReview: "meeting-midYear"
        case .followUpDone: "phase-followUp"
        case .yearEndMeeting: "meeting-yearEnd"
        case .yearEndAssessment: "phase-assessment"
        }
    }
}
