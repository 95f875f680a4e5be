import AgreementExport
import AgreementKit
import Catalogue

/// What a form is for, and so what confirming it does.
public enum FormKind: Equatable, Sendable, Codable {
    /// Sets an existing field; field `.value`.
    case field(FieldRef)
    /// Creates a new item from the form's fields (and records an amendment when it has `.reason`).
    case create(NewItem)
    /// Changes a blue field after Inngåelse; fields `.value`, `.reason`.
    case amend(FieldRef)
    /// Deletes a blue item after Inngåelse; field `.reason`.
    case amendDelete(ItemRef)
    /// Moves a blue item up or down after Inngåelse; field `.reason`.
    case amendMove(ItemRef, by: Int)
    /// Signs the current phase for a party; field `.name`.
    case signOff(Party)
    /// Reopens the previous phase (also when undoing a phase change); field `.reason`.
    case reopen(undoing: Bool)
    /// Settles a recorded conflict on a signed field as an amendment, keeping this machine's
    /// value or taking the other; field `.reason`.
    case settleConflict(ItemID, takingOther: Bool)
    /// Writes the meeting minutes; field `.path`.
    case writeMinutes(Review.Kind)
    /// Exports the agreement; field `.path`.
    case export(ExportFormat, isPublic: Bool)
    /// An improvement plan for a goal area; fields `.actions`, `.followUpDates`.
    case improvementPlan(ItemID)
    /// Both comments of a goal area in meeting mode; fields `.leaderComment`, `.contactComment`.
    case meetingComments(ItemID)
    /// Searches the agreement; field `.query`.
    case search
    /// Writes the unsaved agreement elsewhere; field `.path`.
    case saveCopy(quitAfter: Bool)
    /// The agreement's own dates; fields `.midYearMeeting`, `.yearEndMeeting`, `.agreementDeadline`,
    /// `.followUpDeadline`, `.assessmentDeadline`.
    case schedule
    /// The notes of an area in the leader conversation of a date; field `.notes`.
    case conversationNotes(date: LocalDate, area: ItemID)
    /// A follow-up agreed in the conversation of a date, new (`item` nil) or changed; fields
    /// `.what`, `.who`, `.due`, `.goalRow`.
    case followUp(date: LocalDate, area: ItemID?, item: ItemID?)
    /// Both sides' assessment of a criterion of section 1.5; fields `.selfRating`, `.selfComment`,
    /// `.contactRating`, `.contactComment`.
    case criterionAssessment(String)
    /// Writes the minutes of the conversation of a date; field `.path`.
    case conversationMinutes(date: LocalDate)
    /// Defines a measured indicator on a row, a new one when `editing` is nil (see `FormState+Indicators`).
    case indicator(row: ItemID, editing: ItemID?)
    /// Sets one value of an indicator; fields `.period`, `.value`, `.source`, `.comparisonKind` for comparisons.
    case indicatorValue(indicator: ItemID, kind: IndicatorValueKind, period: Period?)
    /// Records a row's changed plan links after Inngåelse; field `.reason`.
    case planLinks(row: ItemID, links: [PlanLink])
    /// A new agreement from the picker; fields `.unit`, `.year`, `.municipality`, `.serviceArea`,
    /// `.leader`, `.contactPerson`, `.director`, `.template` (the unit and municipality proposed).
    case newAgreement(unit: String, municipality: String)
    /// A new leader or contact person from a date; fields `.leader`, `.contactPerson`, `.date`,
    /// and `.reason` when the change is an amendment.
    case handOver

    /// What `Enter` does, for its hint: save, search, write a file or sign.
    var confirmation: Confirmation {
        switch self {
        case .search: .search
        case .saveCopy, .writeMinutes, .export, .conversationMinutes: .write
        case .signOff: .sign
        case .field, .create, .amend, .amendDelete, .amendMove, .reopen, .improvementPlan, .meetingComments, .newAgreement: .save
        case .settleConflict: .save
        case .schedule, .conversationNotes, .followUp, .criterionAssessment: .save
        case .indicator, .indicatorValue, .planLinks, .handOver: .save
        }
    }

    /// True for forms whose typed text is kept as a draft when the session dies.
    var keepsDraft: Bool {
        switch self {
        case .field, .create, .amend, .amendDelete, .amendMove, .reopen, .improvementPlan, .meetingComments, .settleConflict: true
        case .schedule, .conversationNotes, .followUp, .criterionAssessment: true
        case .indicator, .indicatorValue, .planLinks: true
        case .search, .saveCopy, .signOff, .writeMinutes, .export, .conversationMinutes, .newAgreement, .handOver: false
        }
    }
}

/// An item to create when a form is confirmed.
public enum NewItem: Equatable, Sendable, Codable {
    /// A log entry on a row, optionally about one of its measures; fields `.date`, `.text`.
    case logEntry(row: ItemID, measure: ItemID?)
    /// Fields `.text`.
    case measure(row: ItemID, after: ItemID?)
    case support(row: ItemID, after: ItemID?)
    /// A row in a goal area; fields `.number`, `.target`, `.resultGoal`.
    case row(area: ItemID, after: ItemID?)
    /// A goal area in a section; fields `.number`, `.title`.
    case goalArea(section: GoalSection, after: ItemID?)
    /// Field `.text`.
    case checklistItem(after: ItemID?)
    case personalGoal
}

/// The name of a field in a form: confirming reads fields by name, never by position.
public enum FormFieldID: String, Equatable, Sendable, Codable {
    case value, reason, date, text, number, target, resultGoal, title, name, path
    case actions, followUpDates, leaderComment, contactComment, query
    case midYearMeeting, yearEndMeeting, agreementDeadline, followUpDeadline, assessmentDeadline
    case notes, what, who, due, goalRow, selfRating, selfComment, contactRating
    case unit, better, perspective, baselineValue, baselinePeriod, targetValue, targetPeriod, period, source, comparisonKind
    case year, municipality, serviceArea, leader, contactPerson, director, template
}
