/// The scorecard of an agreement: perspective → goal → indicator.
public enum ScorecardCommand: Hashable, Sendable, CaseIterable {
    case up, down, pageUp, pageDown, first, last, open, addValue, addIndicator, delete, back
}

/// One indicator: its definition, series and chart.
public enum IndicatorCommand: Hashable, Sendable, CaseIterable {
    case up, down, pageUp, pageDown, first, last, edit, addResult, addTarget, addComparison, delete, back
}

/// The action plan view.
public enum PlanCommand: Hashable, Sendable, CaseIterable {
    case up, down, pageUp, pageDown, first, last, nextUnserved, previousUnserved, nextPlan, back
}

/// Choosing a row's links to the action plan.
public enum PlanLinksCommand: Hashable, Sendable, CaseIterable {
    case up, down, pageUp, pageDown, toggle, save, clearOrCancel
}
