/// Form titles, field labels and the words in proposed file names.
public enum PromptText: Equatable, Sendable {
    case confirm(Confirmation)
    case reason
    case reasonRequired
    case date
    case number
    case name
    case file
    case agreedActions
    case followUpDates
    case search
    case searchLabel
    case amendment(String)
    case amendmentDelete(String)
    case amendmentMove(String)
    case newLogEntry(target: String, measure: String?)
    case newMeasure
    case newSupport
    case newRow(String)
    case newGoalArea(String)
    case newChecklistTask
    case newPersonalGoal
    case signOff(phase: String, party: String, date: String)
    case reopen(String)
    case writeMinutes
    case exportPublic
    case exportFull
    case improvementPlan(String)
    case meetingComments(String)
    case saveCopyBeforeQuit
    case saveCopyOfMine
    case notADateHint
    case resolvedDate(String, outsideYear: Int?)
    /// Words in proposed file names: "referat", "offentlig", "ulagret", "min-versjon".
    case minutesFileWord
    case publicFileWord
    case unsavedFileWord
    case myVersionFileWord
}
