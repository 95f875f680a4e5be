import AgreementKit

/// Meeting mode: the contact person and the leader step through the goal areas together.
public struct MeetingState: Equatable, Sendable {
    /// Where the meeting is.
    public enum Step: Equatable, Sendable {
        /// A goal area, by its place in the meeting order.
        case area(Int)
        /// A task of the checklist (year-end only).
        case checklist(Int)
        case summary
    }

    /// Which rating the next digit sets in the year-end assessment.
    public enum RatingFocus: Equatable, Sendable {
        case measures
        case attainment
    }

    /// A value set in the meeting, so Backspace can put the old one back and step back.
    public struct Mark: Equatable, Sendable {
        public var step: Step
        public var focus: RatingFocus
        public var field: FieldRef
        public var previous: String
    }

    public var kind: Review.Kind
    public var step: Step
    public var focus: RatingFocus = .measures
    /// Goal area indices in the form's order: 2.1, 2.2, 3.2.
    public var order: [Int]
    public var trail: [Mark] = []
    /// Lines the left column is scrolled.
    public var scroll = 0

    public init(kind: Review.Kind, order: [Int]) {
        self.kind = kind
        self.order = order
        step = order.isEmpty ? .summary : .area(0)
    }
}
