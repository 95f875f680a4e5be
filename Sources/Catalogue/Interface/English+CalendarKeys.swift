extension English {
    /// What a key of the wheel view does, for the help screen and the README.
    func describeWheel(_ command: WheelCommand) -> String {
        switch command {
        case .up: "Previous date"
        case .down: "Next date"
        case .pageUp: "A page up"
        case .pageDown: "A page down"
        case .first: "First date"
        case .last: "Last date"
        case .previousMonth: "Previous month"
        case .nextMonth: "Next month"
        case .open: "Go to what the date concerns: the phase, the meeting, the goal, the conversation"
        case .mark: "Mark as done / not done (the unit's own events and follow-ups)"
        case .dates: "Set the agreement's dates: mid-year review, year-end assessment, deadlines for the phases"
        case .back: "Back"
        }
    }

    func hintWheel(_ command: WheelCommand) -> String {
        switch command {
        case .up: "Up"
        case .down: "Down"
        case .previousMonth, .nextMonth: "Month"
        case .open: "Go to"
        case .mark: "Done"
        case .dates: "Dates"
        case .back: "Back"
        default: describeWheel(command)
        }
    }

    /// What a key of conversation mode does.
    func describeConversation(_ command: ConversationCommand) -> String {
        switch command {
        case .next: "Next step: what we agreed last time, the areas, the leader assessment, the minutes"
        case .previous: "Previous step"
        case .up: "Previous question, item or criterion"
        case .down: "Next question, item or criterion"
        case .mark: "The question is discussed / the follow-up is done (on and off)"
        case .notes: "Notes for the area"
        case .followUp: "New follow-up agreed (what, who, by when, goal)"
        case .edit: "Change the follow-up or the assessment under the cursor"
        case .minutes: "Write the minutes (.md or .html) to a file"
        case .leave: "Leave the conversation (everything is saved; it resumes where you left off)"
        }
    }

    func hintConversation(_ command: ConversationCommand) -> String {
        switch command {
        case .next: "Next"
        case .previous: "Previous"
        case .mark: "Discussed/done"
        case .notes: "Notes"
        case .followUp: "Follow-up"
        case .edit: "Change"
        case .minutes: "Minutes"
        case .leave: "Leave"
        default: describeConversation(command)
        }
    }
}
