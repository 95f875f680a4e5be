extension English {
    func describeOverview(_ command: OverviewCommand) -> String {
        switch command {
        case .up: "Up"
        case .down: "Down"
        case .pageUp: "A page up"
        case .pageDown: "A page down"
        case .first: "To the first"
        case .last: "To the last"
        case .open: "Open the agreement (Esc in the agreement comes back here)"
        case .sortNext: "Sort by the next column"
        case .sortPrevious: "Sort by the previous column"
        case .reverse: "Reverse the sort order"
        case .mine: "Mine: only where you are the contact person (on/off)"
        case .serviceArea: "Service area: one at a time, then all"
        case .phase: "Phase: one at a time, then all"
        case .behind: "Only those that are behind (on/off)"
        case .year: "Year: one at a time, then all"
        case .matrix: "The goal matrix: common goals across the units"
        case .conversation: "The unit's leader conversation: start or resume (Esc comes back here)"
        case .clearOrBack: "Clear the filter; back when it is empty"
        }
    }

    func hintOverview(_ command: OverviewCommand) -> String {
        switch command {
        case .open: "Open"
        case .sortNext: "Sort"
        case .reverse: "Reverse"
        case .mine: "Mine"
        case .serviceArea: "Area"
        case .phase: "Phase"
        case .behind: "Behind"
        case .year: "Year"
        case .matrix: "Goal matrix"
        case .conversation: "Conversation"
        case .clearOrBack: "Clear/back"
        default: describeOverview(command)
        }
    }

    func describeMatrix(_ command: MatrixCommand) -> String {
        switch command {
        case .up: "Previous unit"
        case .down: "Next unit"
        case .left: "Previous goal area"
        case .right: "Next goal area"
        case .pageUp: "A page up"
        case .pageDown: "A page down"
        case .open: "Open the unit's goal area (Esc in the agreement comes back here)"
        case .back: "Back to the overview"
        }
    }

    func hintMatrix(_ command: MatrixCommand) -> String {
        switch command {
        case .up: "Up"
        case .down: "Down"
        case .left: "Previous goal"
        case .right: "Next goal"
        case .open: "Open"
        case .back: "Overview"
        default: describeMatrix(command)
        }
    }
}
