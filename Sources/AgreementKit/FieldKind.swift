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
             .measure, .support, .conditionsDescription, .personalGoal:
            .blue
        case .logEntry, .midYearNote, .measureDone:
            .orange
        case .checklistStatus, .checklistComment, .measuresRating, .attainmentRating, .leaderComment,
             .contactComment, .conditionsContactComment:
            .green
        }
    }

}
