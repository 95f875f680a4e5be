import AgreementKit
import AgreementStore

/// Status-line messages and the notes that name a change ("ny loggføring 12.03 på mål 2.1").
public enum InterfaceText: Equatable, Sendable {
    // Saving and files.
    case saving(String)
    case saved(note: String?, time: String)
    case notSaved(String)
    case reloaded
    case copyWritten(String)
    case copyFailed(String)
    case fileWritten(String, privateFile: Bool)
    case readOnlySession(String)
    case readOnlyBecause(String)
    case lockUnavailable(String)
    case draftUnreadable(String)
    case draftRestored
    case closeUnsaved
    case draftFoundElsewhere(String)
    case lockReleased
    /// The lock came back while a change was still unsaved: the screen keeps it, Ctrl-S saves it.
    case lockRegainedUnsaved
    /// Another session took the lock over: the change is not saved (kept on the screen); the holder worded.
    case lockLost(String)
    case notReadOnly
    case unreadableFiles(first: String, more: Int)
    /// The language was switched and remembered in the settings (its name, in itself).
    case languageSaved(String)
    /// The language was switched for this session but could not be remembered (the reason).
    case languageNotSaved(String, reason: String)
    // Undo.
    case nothingToUndo
    case nothingToRedo
    case undone(String)
    case redone(String)
    case undoPhaseNeedsReason(String)
    case undoReopenRefused
    // Forms.
    case discardAsk
    case discarded
    case writeSomethingFirst
    case reasonMissing
    case nameMissing
    case notADate(String, example: String)
    case pasteTooLarge(pasted: Int, room: Int, limit: Int)
    case fieldFull(limit: Int)
    // The main screen.
    case chooseRowForLog
    case chooseRowForMeasures
    case chooseSomethingToDelete
    case nothingToAddHere
    case logIsByDate
    case alreadyFirst
    case alreadyLast
    case amendmentNote
    case summaryField
    case addOnMainScreen
    case deleteOnMainScreen
    case noHits(String)
    case searchFirst
    case hit(Int, of: Int, query: String, text: String)
    // Phases and meetings.
    case noNextPhase
    case firstPhase
    case meetingOnlyInFollowUpOrAssessment
    case meetingLeft
    case nothingToStepBack
    case commentsOnGoalAreas
    case noAreaBelowAgreement
    case bothSigned
    // Notes of changes.
    case noteFieldChanged(String)
    case noteChoice(String, String)
    case noteAmended(String)
    case noteLogAdded(date: LocalDate, row: RowName?, outsideYear: Int?)
    case noteAdded(String, RowName?)
    case noteRowAdded(RowName?)
    case noteGoalAreaAdded(RowName)
    case noteTaskAdded
    case notePersonalGoalAdded
    case noteDeleted(String, String)
    case noteMoved(String)
    case noteSigned(String, Party)
    case noteReopened
    case noteMovedTo(String, gaps: Int)
    case notePlanSaved
    case noteCommentsSaved
    case noteRated(String, String, String)
    case noteSteppedBack(String)
    case noteReviewHeld(String, String)
    // Amendment records.
    case addedItem(String)
    /// An item added as an amendment, at its place (worded).
    case addedItemAt(String)
    /// An item deleted as an amendment, at its place (worded).
    case deletedItem(String)
    /// An item moved as an amendment, at its place before the move (worded).
    case movedItem(String)
}
