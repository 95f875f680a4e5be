import Foundation

/// Which goal row a typed reference names: "1.1" (a unit target number), "2.2 1.1" (with its
/// section), or "2.1 1" (a goal area with a single row, by section and number).
public enum RowLookup: Equatable, Sendable {
    case found(ItemID)
    case notFound
    /// Several rows fit; the caller asks for the section too.
    case ambiguous([ItemID])
}

extension Agreement {
    /// The row `text` names, if exactly one fits.
    public func lookUpRow(_ text: String) -> RowLookup {
        let tokens = text.split(whereSeparator: \.isWhitespace).map { String($0).lowercased() }
        guard let last = tokens.last else { return .notFound }
        let section = tokens.count > 1 ? tokens[0] : nil
        let number = tokens.count > 1 ? tokens.dropFirst().joined(separator: " ") : last
        var matches: [ItemID] = []
        for area in goalAreas where section == nil || area.section.number == section {
            for row in area.rows where row.targetNumber.lowercased() == number { matches.append(row.id) }
        }
        if matches.isEmpty, let section {
            // A goal area by its number, when it has one row (2.1's rows carry no target numbers).
            let areas = goalAreas.filter { $0.section.number == section && $0.number.lowercased().trimmingCharacters(in: ["."]) == number.trimmingCharacters(in: ["."]) }
            matches = areas.flatMap(\.rows).map(\.id)
            if matches.count > 1 { return .ambiguous(matches) }
        }
        switch matches.count {
        case 0: return .notFound
        case 1: return .found(matches[0])
        default: return .ambiguous(matches)
        }
    }

    /// How a row is referred to for `lookUpRow`: "2.2 1.1", or "2.1 1" for a row without a number.
    public func rowReference(_ id: ItemID) -> String? {
        guard let (a, r) = location(ofRow: id) else { return nil }
        let area = goalAreas[a], row = area.rows[r]
        return "\(area.section.number) \(row.targetNumber.isEmpty ? area.number : row.targetNumber)"
    }

    /// Puts the log entry a follow-up leaves on its goal row: the entry with the same id is
    /// replaced wherever it stands (the row may have changed), else added to `row`.
    public mutating func logFollowUp(_ entry: LogEntry, onRow row: ItemID) {
        delete(.logEntry(entry.id))
        _ = updateRow(containing: { $0.id == row }) { $0.log.append(entry) }
    }
}
