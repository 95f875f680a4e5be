/// How a goal row is named outside the interface (the indicator CSV and command line): its
/// target number ("1.1") when that is unique, else its section and goal area ("2.1/2") when the
/// area has one row, else with the row's place in the area ("2.2/1a/1b/3"); its id always works.
public enum RowAddress {
    /// What an address names in an agreement.
    public enum Resolution: Equatable, Sendable {
        case row(ItemID)
        /// Nothing has that address; the addresses there are, to suggest.
        case none(known: [String])
        /// Several rows answer to it; their addresses.
        case ambiguous([String])
    }

    /// The shortest address that names exactly this row.
    public static func address(of rowID: ItemID, in agreement: Agreement) -> String {
        guard let (a, r) = agreement.location(ofRow: rowID) else { return rowID.rawValue }
        let area = agreement.goalAreas[a]
        let row = area.rows[r]
        let number = row.targetNumber.trimmingCharacters(in: .whitespaces)
        if !number.isEmpty, rows(named: number, in: agreement) == [rowID] { return number }
        let areaAddress = "\(area.section.number)/\(area.number)"
        if area.rows.count == 1, rows(named: areaAddress, in: agreement) == [rowID] { return areaAddress }
        let full = "\(areaAddress)/\(r + 1)"
        return rows(named: full, in: agreement) == [rowID] ? full : rowID.rawValue
    }

    /// The row an address names: an id, a target number, `section/area` or `section/area/n`.
    public static func resolve(_ text: String, in agreement: Agreement) -> Resolution {
        let found = rows(named: text, in: agreement)
        switch found.count {
        case 1: return .row(found[0])
        case 0: return .none(known: agreement.allRows.map { address(of: $0.id, in: agreement) })
        default: return .ambiguous(found.map { address(of: $0, in: agreement) })
        }
    }

    /// Every row an address names, without naming them back (which `address(of:)` does).
    private static func rows(named text: String, in agreement: Agreement) -> [ItemID] {
        let wanted = text.trimmingCharacters(in: .whitespaces)
        if agreement.row(ItemID(wanted)) != nil { return [ItemID(wanted)] }
        let numbered = agreement.allRows.filter { !wanted.isEmpty && $0.targetNumber.trimmingCharacters(in: .whitespaces) == wanted }.map(\.id)
        return numbered.isEmpty ? placed(wanted, in: agreement) : numbered
    }

    /// Rows named by `section/area` (all rows of the area) or `section/area/n` (its n-th row).
    /// The area's own number may hold slashes ("1a/1b"), so the section is matched first.
    private static func placed(_ address: String, in agreement: Agreement) -> [ItemID] {
        for section in GoalSection.allCases {
            let prefix = section.number + "/"
            guard address.hasPrefix(prefix) else { continue }
            let rest = String(address.dropFirst(prefix.count))
            for area in agreement.goalAreas(in: section) {
                if rest == area.number { return area.rows.map(\.id) }
                if rest.hasPrefix(area.number + "/"), let n = Int(rest.dropFirst(area.number.count + 1)), area.rows.indices.contains(n - 1) {
                    return [area.rows[n - 1].id]
                }
            }
        }
        return []
    }
}
