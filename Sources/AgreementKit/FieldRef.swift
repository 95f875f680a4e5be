/// A path to one editable field of an agreement, by stable ids.
public enum FieldRef: Hashable, Sendable, Codable {
    public enum HeaderField: String, CaseIterable, Sendable, Codable {
        case municipality, unit, serviceArea, leader, director, contactPerson
    }

    public enum AboutField: String, CaseIterable, Sendable, Codable {
        case purpose, parties, values, scope, leaderAssessmentBasis
    }

    case header(HeaderField)
    case about(AboutField)
    case checklistTask(ItemID)
    case checklistStatus(ItemID)
    case checklistComment(ItemID)
    case goalAreaNumber(ItemID)
    case goalAreaTitle(ItemID)
    /// The number of one of a goal area's several result goals ("1a").
    case subGoalNumber(ItemID)
    /// The text of one of a goal area's several result goals.
    case subGoalTitle(ItemID)
    case midYearNote(ItemID)
    case measuresRating(ItemID)
    case attainmentRating(ItemID)
    case leaderComment(ItemID)
    case contactComment(ItemID)
    case resultGoal(ItemID)
    case targetNumber(ItemID)
    case target(ItemID)
    case indicator(ItemID)
    case measure(ItemID)
    case support(ItemID)
    case logText(ItemID)
    case logDate(ItemID)
    case conditionsDescription
    case conditionsContactComment
    case personalGoal(ItemID)
    /// A row's links to action plans, written `kuo-2018-2021/S.1, kuo-2018-2021/1.a`.
    case planLinks(ItemID)

    /// The kind of field, which decides its phase colour and when it may change.
    public var kind: FieldKind {
        switch self {
        case .header: .header
        case .about: .aboutText
        case .checklistTask: .checklistTask
        case .checklistStatus: .checklistStatus
        case .checklistComment: .checklistComment
        case .goalAreaNumber, .goalAreaTitle, .subGoalNumber, .subGoalTitle: .goalAreaTitle
        case .midYearNote: .midYearNote
        case .measuresRating: .measuresRating
        case .attainmentRating: .attainmentRating
        case .leaderComment: .leaderComment
        case .contactComment: .contactComment
        case .resultGoal: .resultGoal
        case .targetNumber, .target: .target
        case .indicator: .indicator
        case .measure: .measure
        case .support: .support
        case .logText, .logDate: .logEntry
        case .conditionsDescription: .conditionsDescription
        case .conditionsContactComment: .conditionsContactComment
        case .personalGoal: .personalGoal
        case .planLinks: .planLink
        }
    }

    /// True for fields that hold more than one line of text.
    public var isMultiline: Bool {
        switch self {
        case .header, .checklistTask, .goalAreaNumber, .goalAreaTitle, .subGoalNumber, .subGoalTitle, .targetNumber, .logDate,
             .checklistStatus, .measuresRating, .attainmentRating, .planLinks:
            false
        default:
            true
        }
    }

    /// True for fields chosen from fixed options (ratings, checklist marks) rather than typed.
    public var isChoice: Bool {
        switch self {
        case .checklistStatus, .measuresRating, .attainmentRating: true
        default: false
        }
    }
}
