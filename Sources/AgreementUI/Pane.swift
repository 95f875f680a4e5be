/// The panes of the main screen, in Tab order.
public enum Pane: Int, CaseIterable, Sendable {
    case goals
    case measures
    case log

    /// The pane's title.
    public var title: String {
        switch self {
        case .goals: "Mål"
        case .measures: "Tiltak og støtte"
        case .log: "Logg"
        }
    }

    var next: Pane { Pane(rawValue: (rawValue + 1) % Pane.allCases.count)! }
    var previous: Pane { Pane(rawValue: (rawValue + Pane.allCases.count - 1) % Pane.allCases.count)! }
}
