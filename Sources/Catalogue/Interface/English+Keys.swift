extension English {
    public func describe(_ action: Action) -> String {
        switch action {
        case .app(let c):
            switch c {
            case .help: "Help"
            case .quit: "Quit"
            case .undo: "Undo"
            case .redo: "Redo"
            case .saveNow: "Save now (try again after a failure)"
            case .switchLanguage: "Switch language: bokmål, nynorsk, English (remembered in the settings)"
            }
        case .picker(let c):
            switch c {
            case .up: "Up"
            case .down: "Down"
            case .pageUp: "A page up"
            case .pageDown: "A page down"
            case .open: "Open the agreement"
            case .clearOrQuit: "Clear the filter; quit when it is empty"
            }
        case .browse(let c):
            switch c {
            case .up: "Up"
            case .down: "Down"
            case .pageUp: "A page up"
            case .pageDown: "A page down"
            case .first: "To the first"
            case .last: "To the last"
            case .nextPane: "Next pane"
            case .previousPane: "Previous pane"
            case .open: "Show every field"
            case .back: "Back to the goals pane; from there to the list of agreements"
            case .addLogEntry: "New log entry dated today"
            case .add: "Add (row, measure, support, log, task)"
            case .addGoalArea: "New goal area in the same section"
            case .delete: "Delete (asks first)"
            case .moveItemUp: "Move up"
            case .moveItemDown: "Move down"
            case .search: "Search"
            case .nextHit: "Next hit"
            case .previousHit: "Previous hit"
            case .meeting: "Meeting mode: mid-year review or year-end assessment"
            case .export: "Export: Markdown, HTML, CSV or JSON, public or full"
            case .phase: "Phase: gaps, signing, next phase, reopening"
            case .takeOverLock: "Take over the lock from another session (asks first; only when the agreement is read-only here)"
            }
        case .detail(let c):
            switch c {
            case .up: "Previous field"
            case .down: "Next field"
            case .pageUp: "A page up"
            case .pageDown: "A page down"
            case .first: "First field"
            case .last: "Last field"
            case .edit: "Edit the field"
            case .back: "Back"
            case .add: "New checklist task / new development goal"
            case .delete: "Delete the task or the development goal (asks first)"
            case .markDone: "The task is done"
            case .markNotDone: "The task is not done"
            }
        case .help(let c):
            switch c {
            case .up: "Scroll up"
            case .down: "Scroll down"
            case .pageUp: "A page up"
            case .pageDown: "A page down"
            case .close: "Close the help"
            }
        case .phase(let c):
            switch c {
            case .next: "Go to the next phase (the gaps are recorded)"
            case .stay: "Stay in the phase"
            case .signOff: "Sign the phase (name and date)"
            case .reopen: "Reopen the previous phase (with a reason)"
            case .up: "Scroll up"
            case .down: "Scroll down"
            }
        case .meeting(let c):
            switch c {
            case .rateBeyond: "Beyond the agreement (and on)"
            case .rateAsAgreed: "As agreed (and on)"
            case .rateBelow: "Less than agreed (and on)"
            case .markDone: "Done (and on)"
            case .markNotDone: "Not done (and on)"
            case .next: "Next step"
            case .previous: "Previous step"
            case .up: "Scroll the left side up"
            case .down: "Scroll the left side down"
            case .comment: "Comment (mid-year: a note for the follow-up)"
            case .stepBack: "Take back the last value and step back"
            case .improvementPlan: "Improvement plan for a goal below the agreement"
            case .signOff: "Sign: you first, then the other party (asks first)"
            case .minutes: "Write the minutes (Markdown) to a file"
            case .leave: "Leave meeting mode (everything is saved)"
            }
        case .form(let c):
            switch c {
            case .confirm: "Save"
            case .newline: "New line (in fields of several lines)"
            case .cancel: "Cancel; the old text is kept"
            case .nextField: "Next field of the form"
            case .previousField: "Previous field of the form"
            case .discard: "Discard typed text (asks first)"
            case .earlierQuery: "Previous search"
            case .laterQuery: "Next search"
            }
        case .dialog(let c):
            switch c {
            case .choose: "The highlighted answer (never one that deletes)"
            case .cancel: "Cancel (the same as no)"
            }
        }
    }

    public func hint(_ action: Action) -> String {
        switch action {
        case .app(.help): "Help"
        case .app(.quit): "Quit"
        case .app(.undo): "Undo"
        case .app(.switchLanguage): "Language"
        case .picker(.up), .help(.up): "Up"
        case .picker(.down), .help(.down): "Down"
        case .detail(.up): "Previous"
        case .detail(.down): "Next"
        case .picker(.open), .browse(.open): "Open"
        case .picker(.clearOrQuit): "Clear/quit"
        case .browse(.nextPane): "Pane"
        case .browse(.addLogEntry): "Log"
        case .browse(.add): "Add"
        case .browse(.search): "Search"
        case .browse(.meeting): "Meeting"
        case .browse(.phase): "Phase"
        case .browse(.takeOverLock): lockTakeOverLabel
        case .detail(.edit): "Edit"
        case .detail(.back): "Back"
        case .detail(.markDone): "Done"
        case .detail(.markNotDone): "Not done"
        case .help(.close): "Close"
        case .phase(.next): "Yes, next phase"
        case .phase(.stay): "No"
        case .phase(.signOff): "Sign"
        case .phase(.reopen): "Reopen"
        case .meeting(.rateBeyond): "Beyond"
        case .meeting(.rateAsAgreed): "As agreed"
        case .meeting(.rateBelow): "Less"
        case .meeting(.markDone): "Done"
        case .meeting(.markNotDone): "Not done"
        case .meeting(.next): "Next"
        case .meeting(.previous): "Previous"
        case .meeting(.comment): "Comment"
        case .meeting(.stepBack): "Take back"
        case .meeting(.improvementPlan): "Improvement plan"
        case .meeting(.signOff): "Sign"
        case .meeting(.minutes): "Minutes"
        case .meeting(.leave): "Leave"
        case .form(.confirm): "Save"
        case .form(.newline): "New line"
        case .form(.cancel): "Cancel"
        case .form(.nextField): "Next field"
        case .form(.earlierQuery): "Previous search"
        case .dialog(.choose): "Highlighted answer"
        case .dialog(.cancel): "Cancel"
        default: describe(action)
        }
    }

    public func contextTitle(_ context: KeyContext) -> String {
        switch context {
        case .picker: "Choose an agreement"
        case .browse: "The main screen"
        case .detail: "Detail view"
        case .checklist: "The checklist in the detail view"
        case .help: "Help"
        case .phase: "The phase dialog"
        case .review: "Meeting mode: mid-year review"
        case .assessment: "Meeting mode: year-end assessment"
        case .meetingChecklist: "Meeting mode: the checklist"
        case .reviewSummary: "Meeting mode: summary of the mid-year review"
        case .assessmentSummary: "Meeting mode: summary of the year-end assessment"
        case .form: "Editing a field"
        case .search: "Search"
        case .dialog: "Questions"
        }
    }

    public func contextNote(_ context: KeyContext) -> String? {
        switch context {
        case .picker: "Every other key goes into the filter (j, k and q too)."
        case .form, .search: "Arrow keys, Home/End, Ctrl-A/Ctrl-E start/end of line, Alt-B/Alt-F word back/forward, Ctrl-K/Ctrl-U delete to end/start of line, Ctrl-W delete word; pasting works."
        case .dialog: "Answer with the letter or digit the dialog shows; y = yes, n = no."
        default: nil
        }
    }
}
