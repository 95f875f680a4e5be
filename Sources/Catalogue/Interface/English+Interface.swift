import AgreementKit
import AgreementStore

extension English {
    public func interface(_ text: InterfaceText) -> String {
        switch text {
        case .saving(let note): note.isEmpty ? "Saving …" : "\(capitalized(note)) · saving …"
        case .saved(let note, let time): (note.map { "\(capitalized($0)) · " } ?? "") + "Saved \(time)"
        case .notSaved(let reason): "Not saved (the change is kept; Ctrl-S tries again): \(reason)"
        case .reloaded: "Loaded again from the disk"
        case .copyWritten(let path): "Copy written to \(path)"
        case .copyFailed(let reason): "The copy was not written: \(reason)"
        case .fileWritten(let path, let privateFile): "Wrote \(path)" + (privateFile ? " (mode 0600: exempt from public access)" : "")
        case .readOnlySession(let described), .readOnlyBecause(let described): capitalized(described)
        case .lockUnavailable(let reason): "Could not lock the agreement (\(reason)); another session will not see that it is open here"
        case .draftUnreadable(let path): "A draft in \(path) could not be read; it is left alone"
        case .draftRestored: "The draft is restored; Enter saves, Esc discards"
        case .draftFoundElsewhere(let path): draftFoundElsewhere(path)
        case .lockReleased: lockReleased
        case .lockRegainedUnsaved: "The other session has let go of the agreement; your change is not saved yet – Ctrl-S saves it"
        case .lockLost(let holder): "Not saved: another session has taken over the agreement. The change is kept on the screen; q offers to save a copy (\(holder))"
        case .notReadOnly: "You have the agreement open for writing already"
        case .closeUnsaved: "The changes are not saved yet; Ctrl-S tries again before you close the agreement"
        case .unreadableFiles(let first, let more): "Cannot be read: \(first)" + (more > 0 ? " (and \(more) more; see “lederavtale check”)" : "")
        case .languageSaved(let name): "Language: \(name) (remembered in the settings; Ctrl-L switches again)"
        case .languageNotSaved(let name, let reason): "Language: \(name) for this session, but not remembered: \(reason)"
        case .nothingToUndo: "Nothing to undo"
        case .nothingToRedo: "Nothing to redo"
        case .undone(let note): "Undone: \(note)"
        case .redone(let note): "Redone: \(note)"
        case .undoPhaseNeedsReason(let phase): "Going back from \(phase) is a reopening: write why"
        case .undoReopenRefused: "A reopening is not undone; move on in the phase dialog (p)"
        case .discardAsk: "Press Ctrl-C again to discard the text you typed, or go on typing"
        case .discarded: "Discarded; the field is as before"
        case .writeSomethingFirst: "Write something first, or Esc to cancel"
        case .reasonMissing: "Write a reason for the amendment"
        case .nameMissing: "Write the name for the signature"
        case .notADate(let typed, let example): "“\(typed)” is not a date (write e.g. \(example))"
        case .pasteTooLarge(let pasted, let room, let limit):
            "Not pasted: \(integer(pasted)) characters, but the field has room for \(integer(room)) more (at most \(integer(limit))). Split the text, e.g. into several log entries."
        case .fieldFull(let limit): "The field is full (at most \(integer(limit)) characters); what you typed was not added"
        case .chooseRowForLog: "Choose a row in the goals pane first (the log belongs to a row)"
        case .chooseRowForMeasures: "Choose a row in the goals pane first (measures and support belong to a row)"
        case .chooseSomethingToDelete: "Choose something to delete: a goal area, a row, a measure, support or a log entry"
        case .nothingToAddHere: "There is nothing to add here; choose a goal area, a row, the checklist or section 4"
        case .logIsByDate: "The log is in date order; change the date to move a log entry"
        case .alreadyFirst: "Already at the top"
        case .alreadyLast: "Already at the bottom"
        case .amendmentNote: "Agreed in Agreement – the change is recorded with reason, date and who"
        case .summaryField: "This field is a summary; edit in the panes of the main screen."
        case .addOnMainScreen: "Adding is done in the panes of the main screen (Esc, then a)"
        case .deleteOnMainScreen: "Only checklist tasks and development goals are deleted here; the rest in the panes"
        case .noHits(let query): "No hits for “\(query)”"
        case .searchFirst: "Search first with /"
        case .hit(let n, let total, let query, let text): "Hit \(n)/\(total) for “\(query)”: \(text)"
        case .noNextPhase: "The agreement is closed; there is no next phase"
        case .firstPhase: "Agreement is the first phase"
        case .meetingOnlyInFollowUpOrAssessment: "Meeting mode is for Follow-up (the mid-year review) and Assessment (the year-end assessment)"
        case .meetingLeft: "Meeting mode ended; everything is saved"
        case .nothingToStepBack: "Nothing to step back to in this meeting"
        case .commentsOnGoalAreas: "Comments are written on the goal areas"
        case .noAreaBelowAgreement: "No goal area is rated “Less than agreed”"
        case .bothSigned: "Both parties have signed the phase"
        case .noteFieldChanged(let label): "\(label) changed"
        case .noteChoice(let label, let value): "\(label): \(value)"
        case .noteAmended(let label): "amendment recorded: \(label)"
        case .noteLogAdded(let date, let row, let outside):
            "log entry added \(dayMonth(date))" + (row.map { " on \(rowShort($0))" } ?? "")
                + (outside.map { " (note: the date is outside the agreement's year \($0))" } ?? "")
        case .noteAdded(let kind, let row): "\(kind.lowercased()) added" + (row.map { " on \(rowShort($0))" } ?? "")
        case .noteRowAdded(let area): "new row" + (area.map { " in \($0.area)" } ?? "")
        case .noteGoalAreaAdded(let name): "new goal area \(name.area)"
        case .noteTaskAdded: "new task in the checklist"
        case .notePersonalGoalAdded: "new personal development goal"
        case .noteDeleted(let noun, let summary): "deleted \(noun) “\(summary)”"
        case .noteMoved(let noun): "moved \(noun)"
        case .noteSigned(let name, let party): "signed by \(name) (\(partyInSentence(party)))"
        case .noteReopened: "the phase is reopened"
        case .noteMovedTo(let phase, let gaps): "moved to \(phase)" + (gaps > 0 ? " (\(count(gaps, "gap", "gaps")) recorded)" : "")
        case .notePlanSaved: "improvement plan saved"
        case .noteCommentsSaved: "comments saved"
        case .noteRated(let area, let label, let rating): "\(area): \(label.lowercased()) \(rating.lowercased())"
        case .noteSteppedBack(let label): "back: \(label.lowercased()) as before"
        case .noteReviewHeld(let kind, let date): "\(kind.lowercased()) recorded \(date)"
        case .addedItem(let label): "Added: \(label)"
        case .addedItemAt(let place): "\(place) (added)"
        case .deletedItem(let place): "\(place) (deleted)"
        case .movedItem(let place): "\(place) (moved)"
        }
    }

    /// A row in a short note: "target 1.1", else its goal area.
    func rowShort(_ name: RowName) -> String {
        name.targetNumber.isEmpty ? name.area : "target \(name.targetNumber)"
    }

    /// The text with its first letter in upper case.
    func capitalized(_ text: String) -> String { Phrasing.capitalized(text) }
}
