/// What a key asks for: the binding table maps keys to actions per context, and the catalogue
/// words each action for the footer and the help screen.
public enum Action: Hashable, Sendable {
    /// Works the same wherever it is bound.
    case app(AppCommand)
    case picker(PickerCommand)
    case overview(OverviewCommand)
    case matrix(MatrixCommand)
    case browse(BrowseCommand)
    case detail(DetailCommand)
    case help(HelpCommand)
    case phase(PhaseCommand)
    case meeting(MeetingCommand)
    case form(FormCommand)
    case dialog(DialogCommand)
    case wheel(WheelCommand)
    case conversation(ConversationCommand)
    case scorecard(ScorecardCommand)
    case indicator(IndicatorCommand)
    case plan(PlanCommand)
    case planLinks(PlanLinksCommand)
    case nextYear(NextYearCommand)
    case previousLog(PreviousLogCommand)
    case together(TogetherCommand)
}

/// Commands handled by the root of the interface, in any context that binds them.
public enum AppCommand: Hashable, Sendable, CaseIterable {
    case help, quit, undo, redo, saveNow, switchLanguage
}

/// The picker of agreements.
public enum PickerCommand: Hashable, Sendable, CaseIterable {
    case up, down, pageUp, pageDown, open, clearOrQuit, overview
}

/// The overview of many agreements.
public enum OverviewCommand: Hashable, Sendable, CaseIterable {
    case up, down, pageUp, pageDown, first, last, open, sortNext, sortPrevious, reverse
    case mine, serviceArea, phase, behind, year, matrix, clearOrBack
    /// The leader conversation of the agreement under the cursor, straight from the overview.
    case conversation
}

/// The goal matrix.
public enum MatrixCommand: Hashable, Sendable, CaseIterable {
    case up, down, left, right, pageUp, pageDown, open, back
}

/// The main screen with its panes.
public enum BrowseCommand: Hashable, Sendable, CaseIterable {
    case up, down, pageUp, pageDown, first, last, nextPane, previousPane, open, back
    case addLogEntry, add, addGoalArea, delete, moveItemUp, moveItemDown
    case search, nextHit, previousHit, meeting, export, phase, takeOverLock, overview
    /// The annual wheel of the agreement's year; a leader conversation.
    case wheel, conversation
    case scorecard, addIndicatorValue, addIndicator, actionPlan
    /// Marks the measure under the cursor as carried out, or not.
    case markMeasureDone
    /// Shows last year's log of a row carried over, read-only.
    case previousLog
    /// Hands the leader's or the contact person's role to someone else from a date.
    case handOver
}

/// Every field of the selection, full screen.
public enum DetailCommand: Hashable, Sendable, CaseIterable {
    case up, down, pageUp, pageDown, first, last, edit, back, add, delete, markDone, markNotDone
}

/// The help screen.
public enum HelpCommand: Hashable, Sendable, CaseIterable {
    case up, down, pageUp, pageDown, close
}

/// The phase dialog.
public enum PhaseCommand: Hashable, Sendable, CaseIterable {
    case next, stay, signOff, reopen, up, down
    /// Next year's agreement from this one: the review of what happens to each goal area.
    case nextYear
}

/// Meeting mode.
public enum MeetingCommand: Hashable, Sendable, CaseIterable {
    case rateBeyond, rateAsAgreed, rateBelow, markDone, markNotDone, next, previous, up, down
    case comment, stepBack, improvementPlan, signOff, minutes, leave
}

/// A form of text fields.
public enum FormCommand: Hashable, Sendable, CaseIterable {
    case confirm, newline, cancel, nextField, previousField, discard, earlierQuery, laterQuery
}

/// A question with answers.
public enum DialogCommand: Hashable, Sendable, CaseIterable {
    case cancel, choose
}

/// The annual wheel view.
public enum WheelCommand: Hashable, Sendable, CaseIterable {
    case up, down, pageUp, pageDown, first, last, previousMonth, nextMonth, open, mark, dates, back
}

/// Conversation mode (ledersamtale).
public enum ConversationCommand: Hashable, Sendable, CaseIterable {
    case next, previous, up, down, mark, notes, followUp, edit, minutes, leave
}

/// The review of next year's agreement before it is made.
public enum NextYearCommand: Hashable, Sendable, CaseIterable {
    case up, down, toggle, create, cancel
}

/// Last year's log of a carried row, read-only.
public enum PreviousLogCommand: Hashable, Sendable, CaseIterable {
    case up, down, pageUp, pageDown, close
}

/// Working together: a field's history, a conflict a merge recorded, syncing the store.
public enum TogetherCommand: Hashable, Sendable, CaseIterable {
    /// On a field: its history, newest first.
    case fieldHistory
    /// Sync the store through git.
    case sync
    /// On a field with a recorded conflict: keep this machine's value, take the other, edit.
    case takeA, takeB, editConflict
    /// The history of a field.
    case up, down, pageUp, pageDown, restore, close
}
