/// Where a key is pressed; a key means one thing in one context.
public enum KeyContext: String, CaseIterable, Sendable {
    case picker
    /// The overview of many agreements, filtered as you type.
    case overview
    /// The goal matrix: common goal areas across units.
    case matrix
    case browse
    case detail
    /// The detail of the checklist, where tasks are marked.
    case checklist
    case help
    case phase
    /// Meeting mode, mid-year review, at a goal area.
    case review
    /// Meeting mode, year-end assessment, at a goal area.
    case assessment
    /// Meeting mode, year-end assessment, at a checklist task.
    case meetingChecklist
    /// Meeting mode, mid-year review, the summary.
    case reviewSummary
    /// Meeting mode, year-end assessment, the summary.
    case assessmentSummary
    /// A form of one or more text fields.
    case form
    /// The search form: a form with earlier queries a key away.
    case search
    /// A question with its answers.
    case dialog
    /// The annual wheel view.
    case wheel
    /// Conversation mode, at an area of the guide.
    case conversation
    /// Conversation mode, last time's follow-ups.
    case conversationLastTime
    /// Conversation mode, the two-sided leader assessment.
    case conversationAssessment
    /// Conversation mode, the end: summary and minutes.
    case conversationMinutes
    /// The scorecard (styringskort) of an agreement.
    case scorecard
    /// One measured indicator: its series and chart.
    case indicator
    /// The action plan with the units and rows that serve it.
    case plan
    /// Choosing a row's links to the action plan; printable keys filter.
    case planLinks
    /// The review of next year's agreement before it is made.
    case nextYear
    /// Last year's log of a carried row, read-only.
    case previousLog
    /// The detail view on a field with a recorded conflict.
    case conflict
    /// The history of one field.
    case history
}

extension KeyContext: Hashable {
    /// The context's place in `allCases` (0, 1, …) without a search, for tables indexed by
    /// context: a case without payload is stored as its place in the declaration.
    @inlinable
    public var ordinal: Int { Int(unsafeBitCast(self, to: UInt8.self)) }

    /// Hashed by place, not by name: a raw-valued enum otherwise hashes its name's text, and
    /// the key table and the footer's memo look a context up on every key.
    @inlinable
    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }
}
