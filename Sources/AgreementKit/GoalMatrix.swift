/// The common goal areas across units (måltabell på tvers av enheter): one line per agreement,
/// grouped by service area, one column per common goal area, each cell the area's facts in that
/// agreement; with the goal-attainment ratings totalled per goal area and per service area.
public struct GoalMatrix: Equatable, Sendable {
    /// A column: a common goal area as it is named in most agreements, with its totals.
    public struct Area: Equatable, Sendable {
        /// `GoalAreaFacts.key` of the area.
        public var key: String
        public var title: String
        /// Over every line that has the area.
        public var totals: RatingCounts
        /// Per service area, in the order of `serviceAreas`.
        public var byServiceArea: [RatingCounts]
    }

    /// The lines: grouped by service area (Norwegian order), then by unit and the newest year.
    public let rows: [OverviewRow]
    public let areas: [Area]
    /// The service areas in the order the lines are grouped.
    public let serviceAreas: [String]
    /// `cells[line][column]`: the area's facts in that agreement, nil when it has no such area.
    public let cells: [[GoalAreaFacts?]]

    public init(rows: [OverviewRow]) {
        // Sort keys made once per line, not twice per comparison: the order of `NorwegianOrder.less`
        // on the service area, then `OverviewSort.standard`.
        let serviceKeys = rows.map { NorwegianOrder.key($0.serviceArea) }
        let unitKeys = rows.map { NorwegianOrder.key($0.unit) }
        func less(_ ka: String, _ kb: String, _ a: String, _ b: String) -> Bool {
            ka == kb ? a < b : ka.unicodeScalars.lexicographicallyPrecedes(kb.unicodeScalars)
        }
        let grouped = rows.indices.sorted { i, j in
            let (a, b) = (rows[i], rows[j])
            if a.serviceArea != b.serviceArea {
                // Units whose agreement names no service area come last, not as a nameless first group.
                if a.serviceArea.isEmpty || b.serviceArea.isEmpty { return b.serviceArea.isEmpty }
                return less(serviceKeys[i], serviceKeys[j], a.serviceArea, b.serviceArea)
            }
            if a.unit != b.unit { return less(unitKeys[i], unitKeys[j], a.unit, b.unit) }
            if a.year != b.year { return a.year > b.year }
            return a.id < b.id
        }.map { rows[$0] }
        self.rows = grouped
        var services: [String] = []
        for row in grouped where services.last != row.serviceArea { services.append(row.serviceArea) }
        serviceAreas = services
        // Columns in the order the areas first appear; each titled as most lines title it.
        var order: [String] = []
        var titles: [String: [(title: String, count: Int)]] = [:]
        // `GoalAreaFacts.key` once per spelling of a title, not per cell.
        var keyOfTitle: [String: String] = [:]
        func key(_ goal: GoalAreaFacts) -> String {
            if let known = keyOfTitle[goal.title] { return known }
            let made = goal.key
            keyOfTitle[goal.title] = made
            return made
        }
        for row in grouped {
            for goal in row.commonGoals {
                let k = key(goal)
                if titles[k] == nil { order.append(k) }
                if let i = titles[k]?.firstIndex(where: { $0.title == goal.title }) {
                    titles[k]?[i].count += 1
                } else {
                    titles[k, default: []].append((goal.title, 1))
                }
            }
        }
        let serviceIndex = Dictionary(services.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var areas = order.map { key in
            // The most used spelling; of equally used ones, the first met.
            let names = titles[key] ?? []
            let title = names.enumerated().max { ($0.element.count, $1.offset) < ($1.element.count, $0.offset) }?.element.title ?? key
            return Area(key: key, title: title, totals: RatingCounts(), byServiceArea: Array(repeating: RatingCounts(), count: services.count))
        }
        let column = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var cells: [[GoalAreaFacts?]] = []
        cells.reserveCapacity(grouped.count)
        for row in grouped {
            var line = [GoalAreaFacts?](repeating: nil, count: order.count)
            for goal in row.commonGoals {
                guard let c = column[key(goal)], line[c] == nil else { continue }
                line[c] = goal
                areas[c].totals.add(goal.attainment)
                if let s = serviceIndex[row.serviceArea] { areas[c].byServiceArea[s].add(goal.attainment) }
            }
            cells.append(line)
        }
        self.areas = areas
        self.cells = cells
    }
}
