/// The panes of the main screen, in Tab order.
public enum Pane: Int, CaseIterable, Sendable {
    case goals
    case measures
    case log

    var next: Pane { Pane(rawValue: (rawValue + 1) % Pane.allCases.count) ?? .goals }
    var previous: Pane { Pane(rawValue: (rawValue + Pane.allCases.count - 1) % Pane.allCases.count) ?? .goals }
}
