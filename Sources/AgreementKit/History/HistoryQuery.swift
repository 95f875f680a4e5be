/// Which entries of a history to show: those in some goal areas, at a field, since a date.
public struct HistoryQuery: Equatable, Sendable {
    /// Only entries inside these goal areas; nil for all.
    public var goalAreas: Set<ItemID>?
    /// Only entries whose path has this key (`target`, `log`, `measuresRating` …); nil for all.
    public var field: String?
    /// Only entries made on or after this date.
    public var since: LocalDate?

    public init(goalAreas: Set<ItemID>? = nil, field: String? = nil, since: LocalDate? = nil) {
        self.goalAreas = goalAreas
        self.field = field
        self.since = since
    }

    public func matches(_ record: ChangeRecord) -> Bool {
        let c = record.path.components
        if let goalAreas {
            guard c.count >= 2, c[0] == "goalAreas", goalAreas.contains(ItemID(c[1])) else { return false }
        }
        if let field, !c.contains(field) { return false }
        if let since {
            guard let date = record.stamp.date, date >= since else { return false }
        }
        return true
    }
}

extension Agreement {
    /// The goal areas a user names: by number ("3", "1a/1b"), by section and number ("2.2 3"),
    /// or by id.
    public func goalAreas(named given: String) -> [GoalArea] {
        let text = given.trimmingCharacters(in: .whitespaces)
        if let byID = goalAreas.first(where: { $0.id.rawValue == text }) { return [byID] }
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        if parts.count == 2, let section = GoalSection.allCases.first(where: { $0.number == parts[0] }) {
            return goalAreas.filter { $0.section == section && $0.number == parts[1] }
        }
        return goalAreas.filter { $0.number == text }
    }
}
