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
        // Sort keys made once per distinct name, not twice per comparison, and no line copied to
        // compare it: the order of `NorwegianOrder.less` on the service area, then `OverviewSort.standard`.
        let serviceKeys = NorwegianOrder.keys(rows.map(\.serviceArea))
        let unitKeys = NorwegianOrder.keys(rows.map(\.unit))
        func less(_ ka: String, _ kb: String, _ a: String, _ b: String) -> Bool {
            ka == kb ? a < b : ka.unicodeScalars.lexicographicallyPrecedes(kb.unicodeScalars)
        }
        let grouped = rows.indices.sorted { i, j in
            let (sa, sb) = (rows[i].serviceArea, rows[j].serviceArea)
            if sa != sb {
                // Units whose agreement names no service area come last, not as a nameless first group.
                if sa.isEmpty || sb.isEmpty { return sb.isEmpty }
                return less(serviceKeys[i], serviceKeys[j], sa, sb)
            }
            let (ua, ub) = (rows[i].unit, rows[j].unit)
            if ua != ub { return less(unitKeys[i], unitKeys[j], ua, ub) }
            if rows[i].year != rows[j].year { return rows[i].year > rows[j].year }
            return rows[i].id < rows[j].id
        }.map { rows[$0] }
        self.rows = grouped
        // The service areas in the order of the lines, and each line's place among them.
        var services: [String] = []
        var serviceOfLine: [Int] = []
        serviceOfLine.reserveCapacity(grouped.count)
        for row in grouped {
            if services.last != row.serviceArea { services.append(row.serviceArea) }
            serviceOfLine.append(services.count - 1)
        }
        serviceAreas = services
        // Every spelling of a title in the order first met, how many goal areas use it, and the
        // spelling of each goal area of each line (one lookup per goal area).
        var spellingOf: [String: Int] = [:]
        var spellings: [(title: String, count: Int)] = []
        var spellingOfGoal: [Int] = []
        for row in grouped {
            for goal in row.commonGoals {
                if let known = spellingOf[goal.title] {
                    spellings[known].count += 1
                    spellingOfGoal.append(known)
                } else {
                    spellingOf[goal.title] = spellings.count
                    spellingOfGoal.append(spellings.count)
                    spellings.append((goal.title, 1))
                }
            }
        }
        // Columns in the order the areas first appear (`GoalAreaFacts.key` once per spelling); each
        // titled as most lines title it.
        var columnOfKey: [String: Int] = [:]
        var columnOfSpelling: [Int] = []
        var names: [[(title: String, count: Int)]] = []
        var keys: [String] = []
        for spelling in spellings {
            let key = GoalAreaFacts.key(spelling.title)
            if let c = columnOfKey[key] {
                names[c].append(spelling)
                columnOfSpelling.append(c)
            } else {
                columnOfKey[key] = keys.count
                columnOfSpelling.append(keys.count)
                keys.append(key)
                names.append([spelling])
            }
        }
        var areas = keys.indices.map { c in
            // The most used spelling; of equally used ones, the first met.
            let title = names[c].enumerated().max { ($0.element.count, $1.offset) < ($1.element.count, $0.offset) }?.element.title ?? keys[c]
            return Area(key: keys[c], title: title, totals: RatingCounts(), byServiceArea: Array(repeating: RatingCounts(), count: services.count))
        }
        var cells: [[GoalAreaFacts?]] = []
        cells.reserveCapacity(grouped.count)
        var goalNumber = 0
        for (lineNumber, row) in grouped.enumerated() {
            var line = [GoalAreaFacts?](repeating: nil, count: keys.count)
            for goal in row.commonGoals {
                let c = columnOfSpelling[spellingOfGoal[goalNumber]]
                goalNumber += 1
                guard line[c] == nil else { continue }
                line[c] = goal
                areas[c].totals.add(goal.attainment)
                areas[c].byServiceArea[serviceOfLine[lineNumber]].add(goal.attainment)
            }
            cells.append(line)
        }
        self.areas = areas
        self.cells = cells
    }
}
