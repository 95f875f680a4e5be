/// The overview's rows with what sorting and filtering need worked out once — Norwegian sort
/// keys and the lower-cased text each row is searched in — so a key typed into the filter of
/// 2,000 rows only tests the rows still shown.
public struct OverviewTable: Equatable, Sendable {
    public let rows: [OverviewRow]
    /// Lower-cased unit, service area, leader, contact person, year, id and phase of each row.
    private let haystacks: [String]
    /// Norwegian sort keys of unit, service area, leader and contact person, per row.
    private let keys: [[String]]

    /// `phaseName` words a phase as the user searches for it ("Oppfølging").
    public init(rows: [OverviewRow], phaseName: (Phase) -> String) {
        self.rows = rows
        haystacks = rows.map { row in
            [row.unit, row.serviceArea, row.leader, row.contactPerson, String(row.year), row.id, phaseName(row.phase)].joined(separator: " ").lowercased()
        }
        keys = rows.map { [NorwegianOrder.key($0.unit), NorwegianOrder.key($0.serviceArea), NorwegianOrder.key($0.leader), NorwegianOrder.key($0.contactPerson)] }
    }

    /// Every row's index in the order of `sort`.
    public func sorted(by sort: OverviewSort) -> [Int] {
        rows.indices.sorted { inOrder($0, $1, sort) }
    }

    /// The indices of `order` (a sorted list) whose rows pass the filter, in that order.
    public func visible(_ order: [Int], filter: OverviewFilter) -> [Int] {
        let words = filter.textWords
        let quick = !filter.hasNoQuickFilter
        return order.filter { i in
            (!quick || filter.passesQuickFilters(rows[i])) && words.allSatisfy { haystacks[i].contains($0) }
        }
    }

    private func inOrder(_ a: Int, _ b: Int, _ sort: OverviewSort) -> Bool {
        let (x, y) = (rows[a], rows[b])
        let textColumn: Int? = switch sort.column {
        case .unit: 0
        case .serviceArea: 1
        case .leader: 2
        case .contactPerson: 3
        default: nil
        }
        if let c = textColumn {
            if keys[a][c] != keys[b][c] { return Self.less(keys[a][c], keys[b][c]) != sort.descending }
        } else if let ascending = sort.column.ascending(x, y) {
            return ascending != sort.descending
        }
        if keys[a][0] != keys[b][0] { return Self.less(keys[a][0], keys[b][0]) }
        if x.year != y.year { return x.year > y.year }
        return x.id < y.id
    }

    private static func less(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }
}
