import AgreementKit
import AgreementStore

/// Labels, headings and notes drawn on the screens.
public enum ScreenText: Equatable, Sendable {
    // Header and panes.
    /// «Leder: Kari Nordmann» in the header («–» when there is none).
    case headerLeader(String)
    /// «Kontaktperson: Per Hansen» in the header («–» when there is none).
    case headerContact(String)
    case youAre(String)
    /// The fixed date deadlines are reckoned from: «per 15.09.2011».
    case asOf(String)
    case paneGoals
    case paneMeasures
    case paneLog
    case detailsTitle
    case enterShowsAll
    case treeHeading(TreeHeadingText)
    case aboutLine
    case checklistLine
    case amendmentsLine
    case conditionsLine
    case personalGoalsLine
    case chooseRowForMeasures
    case chooseRowForLog
    case noMeasures
    case noSupport
    case noLogEntries
    // Detail.
    case aboutHeading
    case headerField(FieldRef.HeaderField)
    case aboutField(FieldRef.AboutField)
    case checklistTitle(year: Int, marked: Int, total: Int)
    case rows
    case target(String)
    case logSummary(count: Int, last: String)
    case amendmentsTitle(Int)
    case amendmentRecord(old: String, new: String, reason: String)
    case conditionsTitle
    case conditionsContactComment
    case personalGoalsTitle
    case noPersonalGoals
    case aboutMeasure
    case logEntryTitle(String)
    case notSet
    // Picker and help.
    case pickerTitle
    case filter
    case agreements
    case storeIsEmpty
    case noneMatch
    case helpTitle
    case keys
    case legendIntro
    case legendRatings
    case legendLog
    // Phase.
    case phaseTitle
    case phaseNow
    case phaseNext
    case nothingMissing(String)
    case missingBefore(String, count: Int)
    case signedIn(String)
    case noSignatures(String)
    case phaseHistory
    case reopened(String, reason: String)
    case gapCount(Int)
    case amendmentsNote(Int)
    case goToPhase(String)
    case agreementClosed
    // Meeting.
    case checklistPosition(Int, of: Int)
    case summaryTitle
    case meetingChecklistTitle(Int)
    case noLogSince(String)
    case agreedFollowUp
    case ratedCount(Int, of: Int)
    case measuresColumn
    case attainmentColumn
    case checklistSummary(marked: Int, total: Int, done: Int)
    case belowAgreementHeading
    case planMade
    case procedureHeading
    case signaturesHeading
    case noSignaturesYet
    case midYearNotes(Int, of: Int)
    // Too small.
    case tooSmall
    case tooSmallSize(width: Int, height: Int, minWidth: Int, minHeight: Int)
    case tooSmallHint
}
