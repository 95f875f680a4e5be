/// What a set of changes to one agreement amounts to, in topics a person recognises — for a
/// commit message ("Hoeggen skole 2011: 2 loggføringer, vurdering av mål 3") and for the
/// count of changes not yet synced.
public struct ChangeSummary: Equatable, Sendable {
    /// What changed.
    public enum Topic: Hashable, Sendable {
        /// The agreement was made.
        case created
        /// The agreement was deleted.
        case deleted
        case logEntriesAdded
        /// Log entries changed or removed.
        case logEntriesEdited
        case measures
        case support
        /// Rows, result goals, targets, indicators.
        case targets
        case goalAreas
        /// Ratings or comments of the goal areas with these numbers.
        case assessment([String])
        case midYearNotes
        case checklist
        /// Header, section 1 and section 3.1.
        case about
        case phase
        case signOffs
        case amendments
        case reviews
        case improvementPlans
        case personalGoals
        case conflicts
        case other
    }

    /// Each topic once, with how many changes it had, in the order first met.
    public var topics: [(topic: Topic, count: Int)]

    public static func == (lhs: ChangeSummary, rhs: ChangeSummary) -> Bool {
        lhs.topics.map(\.topic) == rhs.topics.map(\.topic) && lhs.topics.map(\.count) == rhs.topics.map(\.count)
    }

    /// The number of changes.
    public var count: Int { topics.reduce(0) { $0 + $1.count } }

    public init(topics: [(topic: Topic, count: Int)]) {
        self.topics = topics
    }

    /// The summary of changes to `agreement` (as it is now; its goal areas name the assessments).
    public init(_ changes: [TreeChange], in agreement: Agreement?) {
        var order: [Topic] = []
        var counts: [Topic: Int] = [:]
        var assessed: [String] = []
        func note(_ topic: Topic) {
            if counts[topic] == nil { order.append(topic) }
            counts[topic, default: 0] += 1
        }
        for change in changes {
            let c = change.path.components
            if c.isEmpty {
                note(change.kind == .removed ? .deleted : .created)
                continue
            }
            switch c[0] {
            case "goalAreas" where c.count >= 4 && c[2] == "rows":
                if c.count >= 6 {
                    switch c[4] {
                    case "log": note(change.kind == .added && c.count == 6 ? .logEntriesAdded : .logEntriesEdited)
                    case "measures": note(.measures)
                    case "support": note(.support)
                    default: note(.targets)
                    }
                } else if c.count == 5 && ["measures", "support", "log"].contains(c[4]) {
                    note(c[4] == "measures" ? .measures : c[4] == "support" ? .support : .logEntriesEdited)
                } else {
                    note(.targets)
                }
            case "goalAreas" where c.count >= 3 && c[2] == "assessment":
                let number = agreement?.goalArea(ItemID(c[1])).map { $0.number.isEmpty ? $0.title : $0.number } ?? c[1]
                if !assessed.contains(number) { assessed.append(number) }
                note(.assessment([]))
            case "goalAreas" where c.count >= 3 && c[2] == "midYearNote": note(.midYearNotes)
            case "goalAreas" where c.count == 3 && c[2] == "rows": note(.targets)
            case "goalAreas": note(.goalAreas)
            case "checklist": note(.checklist)
            case "header", "about", "conditions", "roleChanges": note(.about)
            case "phase": note(.phase)
            case "phaseChanges": continue
            case "signOffs": note(.signOffs)
            case "amendments", "amendmentReasons": note(.amendments)
            case "reviews": note(.reviews)
            case "improvementPlans": note(.improvementPlans)
            case "personalGoals": note(.personalGoals)
            case "conflicts": note(.conflicts)
            default: note(.other)
            }
        }
        topics = order.map { topic in
            topic == .assessment([]) ? (.assessment(assessed), counts[topic] ?? 0) : (topic, counts[topic] ?? 0)
        }
    }
}
