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
            case .open: "Open the agreement; on the last row, «+ New agreement…», make a new one"
            case .clearOrQuit: "Clear the filter; quit when it is empty"
            case .overview: "Overview of all agreements (and the goal matrix)"
            }
        case .overview(let c): describeOverview(c)
        case .matrix(let c): describeMatrix(c)
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
            case .wheel: "The annual wheel: dates, deadlines and what falls due"
            case .conversation: "Leader conversation following the conversation guide (resumes where you left off)"
            case .overview: "Overview of all agreements"
            case .markMeasureDone: "Mark the measure as carried out (or take the mark away)"
            case .previousLog: "Last year's log of the row (when the row was carried over)"
            case .handOver: "A new leader or contact person from a date (the previous one stays in the agreement's record)"
            case .scorecard, .addIndicatorValue, .addIndicator, .actionPlan: describeIndicatorAction(action)
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
            case .nextYear: "Next year's agreement: see what happens to each goal area"
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
        case .wheel(let c): describeWheel(c)
        case .conversation(let c): describeConversation(c)
        case .nextYear(let c): describeNextYear(c)
        case .previousLog(let c): describePreviousLog(c)
        case .together(let c): describeTogether(c)
        case .scorecard, .indicator, .plan, .planLinks:
            describeIndicatorAction(action)
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
        case .picker(.open): "Open/new"
        case .browse(.open): "Open"
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
        case .browse(.wheel): "Wheel"
        case .browse(.conversation): "Conversation"
        case .wheel(let c): hintWheel(c)
        case .conversation(let c): hintConversation(c)
        case .picker(.overview), .browse(.overview): "Overview"
        case .overview(let c): hintOverview(c)
        case .matrix(let c): hintMatrix(c)
        case .browse(.markMeasureDone): "Carried out"
        case .browse(.previousLog): "Last year's log"
        case .browse(.handOver): "New leader/contact"
        case .phase(.nextYear): "Next year"
        case .nextYear(let c): hintNextYear(c)
        case .together(let c): hintTogether(c)
        case .previousLog(.close): "Close"
        default: hintIndicatorAction(action) ?? describe(action)
        }
    }

    public func contextTitle(_ context: KeyContext) -> String {
        switch context {
        case .picker: "Choose an agreement"
        case .overview: "Overview"
        case .matrix: "Goal matrix"
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
        case .scorecard, .indicator, .plan, .planLinks: indicatorContextTitle(context) ?? ""
        case .wheel: "The annual wheel"
        case .conversation: "Leader conversation: an area"
        case .conversationLastTime: "Leader conversation: what we agreed last time"
        case .conversationAssessment: "Leader conversation: the leader assessment (section 1.5)"
        case .conversationMinutes: "Leader conversation: minutes"
        case .nextYear: "Next year's agreement"
        case .previousLog: "Last year's log"
        case .conflict, .history: togetherContextTitle(context)
        }
    }

    public func contextNote(_ context: KeyContext) -> String? {
        switch context {
        case .picker: "Every other key goes into the filter (j, k and q too). The last row, “+ New agreement…”, makes a new agreement (the filter becomes the unit's name)."
        case .overview:
            "Every other key goes into the filter (j, k and q too); Ctrl-U clears it. Alt-m, Alt-t, Alt-f, Alt-b and Alt-å work as F2–F6. "
                + "Progress: fields done/required in the phase. Log: log entries in the last 30 days. Rating: goal attainment ▲ beyond, ● as agreed, ▼ less than agreed. "
                + "! before the deadline: behind – a deadline has passed without the step being taken (agreement concluded by 1 March, mid-year review by 30 June, year-end assessment by 31 January the year after)."
        case .planLinks: "Every other key goes into the filter: a code (S.1) or words from the text."
        case .form, .search: "Arrow keys, Home/End, Ctrl-A/Ctrl-E start/end of line, Alt-B/Alt-F word back/forward, Ctrl-K/Ctrl-U delete to end/start of line, Ctrl-W delete word; pasting works."
        case .dialog: "Answer with the letter or digit the dialog shows; y = yes, n = no."
        default: nil
        }
    }
}
