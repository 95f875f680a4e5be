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
        let grouped = rows.sorted { a, b in
            if a.serviceArea != b.serviceArea {
                // Units whose agreement names no service area come last, not as a nameless first group.
                if a.serviceArea.isEmpty || b.serviceArea.isEmpty { return b.serviceArea.isEmpty }
                return NorwegianOrder.less(a.serviceArea, b.serviceArea)
            }
            return OverviewSort.standard.inOrder(a, b)
        }
        self.rows = grouped
        var services: [String] = []
        for row in grouped where services.last != row.serviceArea { services.append(row.serviceArea) }
        serviceAreas = services
        // Columns in the order the areas first appear; each titled as most lines title it.
        var order: [String] = []
        var titles: [String: [(title: String, count: Int)]] = [:]
        for row in grouped {
            for goal in row.commonGoals {
                if titles[goal.key] == nil { order.append(goal.key) }
                if let i = titles[goal.key]?.firstIndex(where: { $0.title == goal.title }) {
                    titles[goal.key]?[i].count += 1
                } else {
                    titles[goal.key, default: []].append((goal.title, 1))
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
                guard let c = column[goal.key], line[c] == nil else { continue }
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
