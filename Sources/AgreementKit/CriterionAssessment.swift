/// One criterion of section 1.5's leader assessment, assessed from both sides: the leader's
/// self-assessment and the contact person's, each a rating on the form's scale with a comment.
/// Confidential like section 4: it lives only in the private file.
public struct CriterionAssessment: Equatable, Sendable, Codable {
    /// The criterion as the agreement's section 1.5 words it (the key: a criterion reworded later
    /// keeps its old assessment under the old words).
    public var criterion: String
    public var selfRating: Rating?
    public var selfComment: String
    public var contactRating: Rating?
    public var contactComment: String

    public init(criterion: String, selfRating: Rating? = nil, selfComment: String = "", contactRating: Rating? = nil, contactComment: String = "") {
        self.criterion = criterion
        self.selfRating = selfRating
        self.selfComment = selfComment
        self.contactRating = contactRating
        self.contactComment = contactComment
    }

    /// True when neither side has said anything.
    public var isEmpty: Bool {
        selfRating == nil && contactRating == nil && selfComment.isBlank && contactComment.isBlank
    }

    /// True when both sides have rated the criterion.
    public var isComplete: Bool { selfRating != nil && contactRating != nil }
}
