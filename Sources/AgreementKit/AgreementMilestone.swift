/// A point in an agreement's year that a wheel event can stand for.
public enum AgreementMilestone: String, Codable, CaseIterable, Sendable {
    /// The agreement is made and signed (start of the year).
    case agreementSigned
    /// The mid-year review (midtveissamtale).
    case midYearReview
    /// The result assessment at the end of the year.
    case yearEndAssessment
}
