/// The result assessment of a goal area: two ratings and the two comments (green fields).
public struct Assessment: Equatable, Sendable, Codable {
    /// "1. Gjennomførte tiltak er:"
    public var measuresRating: Rating?
    /// "2. Måloppnåelse for enheten er:"
    public var attainmentRating: Rating?
    public var leaderComment: String
    public var contactComment: String

    public init(measuresRating: Rating? = nil, attainmentRating: Rating? = nil, leaderComment: String = "", contactComment: String = "") {
        self.measuresRating = measuresRating
        self.attainmentRating = attainmentRating
        self.leaderComment = leaderComment
        self.contactComment = contactComment
    }

    /// Where the assessment stands: nothing, one rating, or both ratings set.
    public var state: AssessmentState {
        switch (measuresRating, attainmentRating) {
        case (nil, nil): .notStarted
        case (.some, .some): .complete
        default: .partial
        }
    }
}

/// How far a goal area's assessment has come.
public enum AssessmentState: Sendable, Equatable {
    case notStarted
    case partial
    case complete
}
