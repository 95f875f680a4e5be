/// How many goal areas got each goal-attainment rating (the form's scale), and how many none:
/// the roll-up of the year-end assessment for one agreement, a goal area across units, or a
/// service area.
public struct RatingCounts: Equatable, Hashable, Sendable, Codable {
    public var beyond: Int
    public var asAgreed: Int
    public var below: Int
    /// Goal areas without a goal-attainment rating.
    public var notRated: Int

    public init(beyond: Int = 0, asAgreed: Int = 0, below: Int = 0, notRated: Int = 0) {
        self.beyond = beyond
        self.asAgreed = asAgreed
        self.below = below
        self.notRated = notRated
    }

    /// The goal-attainment ratings of these goal areas.
    public init<S: Sequence>(attainment areas: S) where S.Element == GoalArea {
        self.init()
        for area in areas { add(area.assessment.attainmentRating) }
    }

    /// Counts one rating (or its absence).
    public mutating func add(_ rating: Rating?) {
        switch rating {
        case .beyondAgreement: beyond += 1
        case .asAgreed: asAgreed += 1
        case .belowAgreement: below += 1
        case nil: notRated += 1
        }
    }

    /// The count of one rating.
    public subscript(rating: Rating) -> Int {
        switch rating {
        case .beyondAgreement: beyond
        case .asAgreed: asAgreed
        case .belowAgreement: below
        }
    }

    /// Goal areas rated.
    public var rated: Int { beyond + asAgreed + below }

    public static func + (a: RatingCounts, b: RatingCounts) -> RatingCounts {
        RatingCounts(beyond: a.beyond + b.beyond, asAgreed: a.asAgreed + b.asAgreed, below: a.below + b.below, notRated: a.notRated + b.notRated)
    }
}
