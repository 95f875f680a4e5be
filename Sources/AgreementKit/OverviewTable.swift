/// The overview's rows with what sorting and filtering need worked out once — the units'
/// Norwegian sort keys and the lower-cased text each row is searched in — so a key typed into
/// the filter of 2,000 rows only tests the rows still shown, byte by byte. A table for the
/// command line (`searchable: false`) makes no texts to search (it never filters by typed words;
/// if it is asked to, each row's text is made then), and the keys of the other text columns are
/// made only when sorting by them.
public struct OverviewTable: Equatable, Sendable {
    public let rows: [OverviewRow]
    /// Lower-cased unit, service area, leader, contact person, year, id and phase of each row;
    /// nil in a table not searched by typed words.
    private let texts: SearchTexts?
    /// Each phase as the user searches for it ("Oppfølging").
    private let phaseNames: [Phase: String]
    /// The Norwegian sort key of each row's unit (the tie-breaker of every column).
    private let unitKeys: [String]
    /// Whether each row is behind, to count the shown ones on every frame without reading the rows.
    private let behind: [Bool]

    /// `phaseName` words a phase as the user searches for it ("Oppfølging").
    public init(rows: [OverviewRow], searchable: Bool = true, phaseName: (Phase) -> String) {
        self.rows = rows
        var names: [Phase: String] = [:]
        for phase in Phase.allCases { names[phase] = phaseName(phase) }
        phaseNames = names
        texts = searchable ? SearchTexts(rows.lazy.map { Self.searchText($0, names) }, expectedBytes: Self.searchBytes(rows, names)) : nil
        unitKeys = NorwegianOrder.keys(rows.map(\.unit))
        behind = rows.map(\.isBehind)
    }

    /// How many of the rows at `indices` are behind.
    public func behindCount(_ indices: [Int]) -> Int {
        var count = 0
        for i in indices where behind[i] { count += 1 }
        return count
    }

    /// What a row is searched in: its words, lower-cased.
    static func searchText(_ row: OverviewRow, _ phaseNames: [Phase: String]) -> String {
        TextCase.lowercased([row.unit, row.serviceArea, row.leader, row.contactPerson, String(row.year), row.id, phaseNames[row.phase] ?? ""]
            .joined(separator: " "))
    }

    /// The bytes of every row's `searchText` before lower-casing (which keeps the length of all
    /// but a few letters), reckoned without making the texts.
    static func searchBytes(_ rows: [OverviewRow], _ phaseNames: [Phase: String]) -> Int {
        rows.reduce(0) { sum, row in
            sum + row.unit.utf8.count + row.serviceArea.utf8.count + row.leader.utf8.count + row.contactPerson.utf8.count
                + String(row.year).utf8.count + row.id.utf8.count + (phaseNames[row.phase]?.utf8.count ?? 0) + 6
        }
    }

    /// Every row's index in the order of `sort`.
    public func sorted(by sort: OverviewSort) -> [Int] {
        let keys: [String]? = switch sort.column {
        case .unit: unitKeys
        case .serviceArea: NorwegianOrder.keys(rows.map(\.serviceArea))
        case .leader: NorwegianOrder.keys(rows.map(\.leader))
        case .contactPerson: NorwegianOrder.keys(rows.map(\.contactPerson))
        default: nil
        }
        return rows.indices.sorted { a, b in
            if let keys {
                if keys[a] != keys[b] { return Self.less(keys[a], keys[b]) != sort.descending }
            } else if let ascending = sort.column.ascending(rows[a], rows[b]) {
                return ascending != sort.descending
            }
            if unitKeys[a] != unitKeys[b] { return Self.less(unitKeys[a], unitKeys[b]) }
            if rows[a].year != rows[b].year { return rows[a].year > rows[b].year }
            return rows[a].id < rows[b].id
        }
    }

    /// The indices of `order` (a sorted list) whose rows pass the filter, in that order.
    public func visible(_ order: [Int], filter: OverviewFilter) -> [Int] {
        let words = filter.textWords
        let passing = filter.hasNoQuickFilter ? order : order.filter { filter.passesQuickFilters(rows[$0]) }
        if words.isEmpty { return passing }
        if let texts { return texts.matching(passing, allOf: words) }
        return passing.filter { i in
            let text = Self.searchText(rows[i], phaseNames)
            return words.allSatisfy { text.contains($0) }
        }
    }

    private static func less(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }
}
