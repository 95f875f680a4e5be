/// Where a key is pressed; a key means one thing in one context.
public enum KeyContext: String, CaseIterable, Sendable {
    case picker
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
    /// The review of next year's agreement before it is made.
    case nextYear
    /// Last year's log of a carried row, read-only.
    case previousLog
}
