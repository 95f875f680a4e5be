import Foundation
import AgreementKit
import AgreementStore

extension English {
    public func screen(_ text: ScreenText) -> String {
        switch text {
        case .headerLeader(let leader): "Leader: \(leader.isEmpty ? "–" : leader)"
        case .headerContact(let contact): "Contact person: \(contact.isEmpty ? "–" : contact)"
        case .youAre(let party): "[you: \(party)]"
        case .asOf(let date): "as of \(date)"
        case .paneGoals: "Goals"
        case .paneMeasures: "Measures and support"
        case .paneLog: "Log"
        case .detailsTitle: "Details"
        case .enterShowsAll: "Enter shows all"
        case .treeHeading(.about): "1 About the agreement"
        case .treeHeading(.section(let s)): "\(s.number) \(section(s))"
        case .treeHeading(.ownPriorities): "3 The unit's own priorities"
        case .treeHeading(.personal): "4 Personal development goals"
        case .aboutLine: "About the agreement (1.1–1.5)"
        case .checklistLine: "Checklist"
        case .amendmentsLine: "Amendments to the agreement"
        case .conditionsLine: "3.1 Conditions that may affect the results"
        case .personalGoalsLine: "Exempt from public access"
        case .chooseRowForMeasures: "Choose a goal area or a row to see measures and support."
        case .chooseRowForLog: "Choose a goal area or a row to see the log."
        case .noMeasures: "No measures."
        case .noSupport: "No support."
        case .noLogEntries: "No log entries yet."
        case .aboutHeading: "1 About the agreement"
        case .headerField(let field):
            switch field {
            case .municipality: "Municipality"
            case .unit: "Unit"
            case .serviceArea: "Service area"
            case .leader: "Unit leader"
            case .director: "Director"
            case .contactPerson: "Contact person"
            }
        case .aboutField(let field):
            switch field {
            case .purpose: "1.1 Purpose of the agreement"
            case .parties: "1.2 Parties"
            case .values: "1.3 Shared values and framework"
            case .scope: "1.4 Scope"
            case .leaderAssessmentBasis: "1.5 Leader assessment (one area per line)"
            }
        case .checklistTitle(let year, let marked, let total): "Have the following tasks been carried out in \(year)? (\(marked)/\(total))"
        case .rows: "Rows"
        case .target(let number): "target \(number)"
        case .logSummary(let n, let last): "\(count(n, "log entry", "log entries")), latest \(last)"
        case .amendmentsTitle(let n): "Amendments to the agreement after it was made (\(n))"
        case .amendmentRecord(let old, let new, let reason): "From: \(old.isEmpty ? "–" : old)\nTo: \(new.isEmpty ? "–" : new)\nReason: \(reason)"
        case .conditionsTitle: "3.1 Conditions that may affect the results"
        case .conditionsContactComment: "The contact person's comments, if any"
        case .personalGoalsTitle: "4 Personal development goals – Exempt from public access"
        case .noPersonalGoals: "None yet; a adds one."
        case .aboutMeasure: "About measure"
        case .logEntryTitle(let date): "Log entry \(date)"
        case .notSet: "Not set"
        case .pickerTitle: "lederavtale – choose an agreement"
        case .filter: "Filter"
        case .agreements: "Agreements"
        case .storeIsEmpty: "The store has no agreements."
        case .noneMatch: "No agreement matches the filter."
        case .helpTitle: "lederavtale – help"
        case .keys: "Keys"
        case .legendIntro: "The colours show when a field is filled in; the letter says the same without colour:"
        case .legendRatings: "[▲●] assessment of the goal area: ▲ Beyond the agreement, ● As agreed, ▼ Less than agreed, · not set"
        case .legendLog: "✎3  number of log entries on the row"
        case .phaseTitle: "Phase"
        case .phaseNow: "Phase now:"
        case .phaseNext: "next:"
        case .nothingMissing(let phase): "Nothing is missing before \(phase)."
        case .missingBefore(let phase, let n): "Missing before \(phase) (\(n)); you may go on anyway, and the gaps are recorded:"
        case .signedIn(let phase): "Signed in \(phase):"
        case .noSignatures(let party): "none yet – s signs as \(party)"
        case .phaseHistory: "History:"
        case .reopened(let phase, let reason): "reopened \(phase): \(reason)"
        case .gapCount(let n): "(\(count(n, "gap", "gaps")))"
        case .amendmentsNote(let n): "Amendments to the agreement: \(n) (see “Amendments to the agreement” in the goals pane)"
        case .goToPhase(let phase): "Go to \(phase)? (y/n)"
        case .agreementClosed: "The agreement is closed."
        case .checklistPosition(let n, let total): "Checklist \(n)/\(total)"
        case .summaryTitle: "Summary"
        case .meetingChecklistTitle(let year): "Have the following tasks been carried out in \(year)?"
        case .noLogSince(let date): "No log entries since \(date)."
        case .agreedFollowUp: "Agreed follow-up:"
        case .ratedCount(let rated, let total): "Assessed \(rated) of \(total) goal areas"
        case .measuresColumn: "Measures carried out"
        case .attainmentColumn: "Goal attainment"
        case .checklistSummary(let marked, let total, let done): "Checklist: \(marked)/\(total) marked, \(done) done"
        case .belowAgreementHeading: "Less than agreed:"
        case .planMade: "(improvement plan made)"
        case .procedureHeading: "Procedure:"
        case .signaturesHeading: "Signatures:"
        case .noSignaturesYet: "none yet – s signs"
        case .midYearNotes(let n, let total): "Mid-year review: notes on \(n) of \(total) goal areas"
        case .tooSmall: "The window is too small"
        case .tooSmallSize(let width, let height, let minWidth, let minHeight): "\(width)×\(height) – needs at least \(minWidth)×\(minHeight)"
        case .tooSmallHint: "Make the window larger, or press q to quit."
        }
    }

    public func prompt(_ text: PromptText) -> String {
        switch text {
        case .confirm(.save): "Save"
        case .confirm(.search): "Search"
        case .confirm(.write): "Write"
        case .confirm(.sign): "Sign"
        case .reason: "Reason"
        case .reasonRequired: "Reason for the amendment (required)"
        case .date: "Date"
        case .number: "Number"
        case .name: "Name"
        case .file: "File"
        case .agreedActions: "Agreed actions (one per line)"
        case .followUpDates: "Monthly follow-up conversations (dates)"
        case .search: "Search goals, measures, support and log"
        case .searchLabel: "Search"
        case .amendment(let title): "Amendment to the agreement: \(title)"
        case .amendmentDelete(let noun): "Amendment to the agreement: delete \(noun)"
        case .amendmentMove(let noun): "Amendment to the agreement: move \(noun)"
        case .newLogEntry(let target, let measure):
            "New log entry" + (target.isEmpty ? "" : " – target \(target)") + (measure.map { " – measure “\($0)”" } ?? "")
        case .newMeasure: "New measure"
        case .newSupport: "New support"
        case .newRow(let area): "New row in \(area)"
        case .newGoalArea(let section): "New goal area in \(section)"
        case .newChecklistTask: "New task in the checklist"
        case .newPersonalGoal: "New personal development goal (exempt from public access)"
        case .signOff(let phase, let party, let date): "Sign \(phase) as \(party) – \(date)"
        case .reopen(let phase): "Reopen \(phase)"
        case .writeMinutes: "Write the minutes (Markdown) to"
        case .exportPublic: "Export the public copy (without section 4) to"
        case .exportFull: "Export the full copy (with section 4, mode 0600) to"
        case .improvementPlan(let area): "Improvement plan: \(area)"
        case .meetingComments(let area): "\(area) – comments"
        case .saveCopyBeforeQuit: "Write a copy of the agreement (with section 4, mode 0600) to"
        case .saveCopyOfMine: "Write your version (with section 4, mode 0600) to"
        case .notADateHint: "not a date yet (write e.g. 14 Mar or 14 Mar 2011)"
        case .resolvedDate(let date, let outside): "= \(date)" + (outside.map { " (note: outside the agreement's year \($0))" } ?? "")
        case .minutesFileWord: "minutes"
        case .publicFileWord: "public"
        case .unsavedFileWord: "unsaved"
        case .myVersionFileWord: "my-version"
        }
    }

    public func dialog(_ text: DialogText) -> (title: String, question: String) {
        switch text {
        case .delete(let noun, let summary, let place, let amendment):
            ("Delete?", "Delete \(noun) “\(summary)”\(place.isEmpty ? "" : " in \(place)")?"
                + (amendment ? " It is an amendment to the agreement and needs a reason." : "") + " (y/n)")
        case .choice(let label): (label, "Choose:")
        case .addInMeasures: ("Add", "What do you want to add to the row?")
        case .quitUnsaved: ("Changes are not saved", "The last save failed, so the file on the disk is older than what you see.")
        case .draft(let title, let preview): ("Draft from an interrupted session", "The last session was interrupted while you were typing in “\(title)”: “\(preview)”")
        case .conflict(let reason): ("The file was changed by someone else", "\(capitalized(reason)). Your change is not saved, but kept on the screen.")
        case .exportFormat: ("Export", "Which format?")
        case .exportScope: ("Export", "Public copy or full copy?")
        case .fileExists(let path, let proposal):
            ("The file exists", "\(path) exists already. Write to \((proposal as NSString).lastPathComponent) in the same folder, or overwrite it?")
        case .takeOverLock(let holder): ("Take over the lock", lockTakeOverQuestion(holder))
        case .signAs(let party, let name, let phase):
            ("Signature", name.isEmpty ? "Sign \(phase) as \(party)? The name is written next. (y/n)" : "Sign \(phase) as \(party) \(name)? (y/n)")
        }
    }

    public func answerKey(_ text: AnswerText) -> Character {
        switch text {
        case .yes: "y"
        case .no: "n"
        case .cancel: "c"
        case .retry: "r"
        case .copy: "c"
        case .quitWithoutSaving: "q"
        case .restore: "r"
        case .discard: "d"
        case .reload: "r"
        case .overwrite: "o"
        case .writeElsewhere: "w"
        case .measure: "m"
        case .support: "s"
        case .rating(let rating): AnswerText.ratingKey(rating)
        case .mark(let status): AnswerText.markKey(status)
        case .markdown: "m"
        case .html: "h"
        case .csv: "c"
        case .json: "j"
        case .publicCopy: "p"
        case .fullCopy: "f"
        }
    }

    public func languageName(_ language: Language) -> String {
        switch language {
        case .nb: "bokmål"
        case .nn: "nynorsk"
        case .en: "English"
        }
    }

    public func answer(_ text: AnswerText) -> String {
        switch text {
        case .yes: "yes"
        case .no: "no"
        case .cancel: "Cancel"
        case .retry: "Try to save again"
        case .copy: "Write your version as a copy to another file"
        case .quitWithoutSaving: "Quit without saving"
        case .restore: "Restore the text in the form"
        case .discard: "Delete the draft"
        case .reload: "Load the file again (your last change is discarded)"
        case .overwrite: "Overwrite the file"
        case .writeElsewhere: "Write to the next free name"
        case .measure: "Measure"
        case .support: "Support"
        case .rating(let rating): rating.map(self.rating) ?? "Not set"
        case .mark(let status): status.map { checklistStatus($0) } ?? "Not marked"
        case .markdown: "Markdown – like the form, for e-mail and git"
        case .html: "HTML – like the form, for printing (one file)"
        case .csv: "CSV – one line per row, for spreadsheets (without section 4)"
        case .json: "JSON – the data in the store's format"
        case .publicCopy: "Public copy – without section 4 (may be shared and published)"
        case .fullCopy: "Full copy – with section 4, personal development goals (a file for you only, 0600)"
        }
    }
}
