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
        case .logEntry, .midYearNote:
            .orange
        case .checklistStatus, .checklistComment, .measuresRating, .attainmentRating, .leaderComment,
             .contactComment, .conditionsContactComment:
            .green
        }
    }

    /// The label shown beside the field.
    public var label: String {
        switch self {
        case .header: "Avtaleparter"
        case .aboutText: "Om avtalen"
        case .checklistTask: "Oppgave"
        case .checklistStatus: "Utført?"
        case .checklistComment: "Kommentar"
        case .goalAreaTitle: "Målområde"
        case .resultGoal: "Resultatmål"
        case .target: "Mål for enheten"
        case .indicator: "Indikator"
        case .measure: "Tiltak"
        case .support: "Støtte"
        case .logEntry: "Logg"
        case .midYearNote: "Notat fra midtveissamtalen"
        case .measuresRating: "Gjennomførte tiltak er"
        case .attainmentRating: "Måloppnåelse for enheten er"
        case .leaderComment: "Enhetsleders kommentar"
        case .contactComment: "Kontaktpersonens kommentar"
        case .conditionsDescription: "Enhetsleders beskrivelse"
        case .conditionsContactComment: "Kontaktpersonens kommentar"
        case .personalGoal: "Personlig utviklingsmål"
        }
    }
}
