/// The result assessment of a goal area: two ratings and the two comments (green fields).
public struct Assessment: Equatable, Sendable, Codable {
    /// "1. Gjennomførte tiltak er:"
    public var measuresRating: Rating?
    /// "2. Måloppnåelse for enheten er:"
    public var attainmentRating: Rating?
    public var leaderComment: String
    public var contactComment: String
    /// Who wrote the leader comment and when (in meeting mode either party may type it).
    public var leaderCommentStamp: Stamp?
    /// Who wrote the contact comment and when.
    public var contactCommentStamp: Stamp?

    public init(measuresRating: Rating? = nil, attainmentRating: Rating? = nil, leaderComment: String = "", contactComment: String = "",
                leaderCommentStamp: Stamp? = nil, contactCommentStamp: Stamp? = nil) {
        self.measuresRating = measuresRating
        self.attainmentRating = attainmentRating
        self.leaderComment = leaderComment
        self.contactComment = contactComment
        self.leaderCommentStamp = leaderCommentStamp
        self.contactCommentStamp = contactCommentStamp
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
