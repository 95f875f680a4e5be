/// Every kind of field in the agreement, with the phase colour the form gives it.
public enum FieldKind: String, CaseIterable, Sendable {
    case header
    case aboutText
    case checklistTask
    case checklistStatus
    case checklistComment
    case goalAreaTitle
    case resultGoal
    case target
    case indicator
    /// A measured indicator's results and comparison values, entered during the year.
    case indicatorResult
    /// A row's links to the action plan.
    case planLink
    case measure
    /// A measure marked as carried out during the year.
    case measureDone
    case support
    case logEntry
    case midYearNote
    case measuresRating
    case attainmentRating
    case leaderComment
    case contactComment
    case conditionsDescription
    case conditionsContactComment
    case personalGoal

    /// Blue: filled in at the agreement; orange: all year; green: at the assessment.
    public var colour: PhaseColour {
        switch self {
        case .header, .aboutText, .checklistTask, .goalAreaTitle, .resultGoal, .target, .indicator,
             .measure, .support, .conditionsDescription, .personalGoal, .planLink:
            .blue
        case .logEntry, .midYearNote, .indicatorResult, .measureDone:
            .orange
        case .checklistStatus, .checklistComment, .measuresRating, .attainmentRating, .leaderComment,
             .contactComment, .conditionsContactComment:
            .green
        }
    }

}
