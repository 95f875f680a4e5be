extension English {
    /// What the scorecard, indicator, plan and plan-link commands do, for help and the README.
    func describeIndicatorAction(_ action: Action) -> String {
        switch action {
        case .scorecard(let c):
            switch c {
            case .up: "Up"
            case .down: "Down"
            case .pageUp: "A page up"
            case .pageDown: "A page down"
            case .first: "To the first"
            case .last: "To the last"
            case .open: "Show the indicator: table and chart"
            case .addValue: "New value (result) for the indicator"
            case .addIndicator: "New measured indicator on the same row"
            case .delete: "Delete the indicator (asks first)"
            case .back: "Back"
            }
        case .indicator(let c):
            switch c {
            case .up: "Previous line"
            case .down: "Next line"
            case .pageUp: "A page up"
            case .pageDown: "A page down"
            case .first: "First line"
            case .last: "Last line"
            case .edit: "Edit the line: the indicator or the value"
            case .addResult: "New result"
            case .addTarget: "New target"
            case .addComparison: "New comparison: national average, the municipality, the service area"
            case .delete: "Delete the value (or the indicator on the first line; asks first)"
            case .back: "Back"
            }
        case .plan(let c):
            switch c {
            case .up: "Scroll up"
            case .down: "Scroll down"
            case .pageUp: "A page up"
            case .pageDown: "A page down"
            case .first: "To the top"
            case .last: "To the bottom"
            case .nextUnserved: "Next period goal without a unit"
            case .previousUnserved: "Previous period goal without a unit"
            case .nextPlan: "Next action plan"
            case .back: "Back"
            }
        case .planLinks(let c):
            switch c {
            case .up: "Up"
            case .down: "Down"
            case .pageUp: "A page up"
            case .pageDown: "A page down"
            case .toggle: "Mark or unmark the code"
            case .save: "Save the links (nothing marked: the highlighted code)"
            case .clearOrCancel: "Clear the filter; cancel when it is empty"
            }
        case .browse(.scorecard): "Scorecard: indicators with target, last result and status"
        case .browse(.addIndicatorValue): "New value for the row's measured indicator"
        case .browse(.addIndicator): "New measured indicator on the row"
        case .browse(.actionPlan): "The action plan: which units and goals follow it up"
        default: ""
        }
    }

    /// The footer's short words for the same commands.
    func hintIndicatorAction(_ action: Action) -> String? {
        switch action {
        case .scorecard(.open): "Show"
        case .scorecard(.addValue), .indicator(.addResult): "New value"
        case .scorecard(.addIndicator): "New indicator"
        case .scorecard(.back), .indicator(.back), .plan(.back): "Back"
        case .indicator(.edit): "Edit"
        case .indicator(.addTarget): "New target"
        case .indicator(.addComparison): "Comparison"
        case .indicator(.delete): "Delete"
        case .plan(.nextUnserved): "Next without unit"
        case .plan(.nextPlan): "Next plan"
        case .planLinks(.toggle): "Mark"
        case .planLinks(.save): "Save"
        case .planLinks(.clearOrCancel): "Clear/cancel"
        case .browse(.scorecard): "Scorecard"
        case .browse(.addIndicatorValue): "Value"
        case .browse(.actionPlan): "Plan"
        default: nil
        }
    }

    func indicatorContextTitle(_ context: KeyContext) -> String? {
        switch context {
        case .scorecard: "Scorecard"
        case .indicator: "Indicator"
        case .plan: "Action plan"
        case .planLinks: "Links to the action plan"
        default: nil
        }
    }
}
