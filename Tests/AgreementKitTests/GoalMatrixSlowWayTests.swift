@testable import AgreementKit
import Testing

/// The goal matrix as it is built now (sort keys per distinct name, one lookup per goal area)
/// against the way it was first built, on random lines.
@Suite("Goal matrix: the fast build against the slow way")
struct GoalMatrixSlowWayTests {
    @Test func randomLinesGiveTheSameMatrix() {
        var random = SplitMix64(seed: 41)
        let titles = ["Frivillighet", "frivillighet ", "Redusert sykefravær", "Redusert  sykefravær", "Miljø", "MILJØ", "Heltidskultur", "Åpenhet"]
        let services = ["Oppvekst", "oppvekst", "Helse og velferd", "Kultur", "", "Ørland", "Åfjord"]
        let units = ["Berg skole", "berg skole", "Åsen skole", "Aune skole", "Ørnehaugen", "Zebra", "Ærfugl"]
        let ratings: [Rating?] = [nil, .beyondAgreement, .asAgreed, .belowAgreement]
        for round in 0..<60 {
            let rows = (0..<Int(random.next() % 40)).map { n in
                let goals = (0..<Int(random.next() % 5)).map { _ in
                    (titles[Int(random.next() % UInt64(titles.count))], ratings[Int(random.next() % 4)])
                }
                var row = GoalMatrixTests.line("r\(n)-\(random.next() % 3)", unit: units[Int(random.next() % UInt64(units.count))],
                                               service: services[Int(random.next() % UInt64(services.count))], goals)
                row.year = 2010 + Int(random.next() % 3)
                return row
            }
            let matrix = GoalMatrix(rows: rows)
            let slow = SlowMatrix(rows: rows)
            #expect(matrix.rows.map(\.id) == slow.rows.map(\.id), "round \(round)")
            #expect(matrix.serviceAreas == slow.serviceAreas, "round \(round)")
            #expect(matrix.areas == slow.areas, "round \(round)")
            #expect(matrix.cells == slow.cells, "round \(round)")
        }
    }
}

/// `GoalMatrix.init` as first written: two sort keys per comparison, a dictionary of spellings
/// per key, the key of a title looked up for every cell.
private struct SlowMatrix {
    let rows: [OverviewRow]
    let areas: [GoalMatrix.Area]
    let serviceAreas: [String]
    let cells: [[GoalAreaFacts?]]

    init(rows: [OverviewRow]) {
        let grouped = rows.sorted { a, b in
            if a.serviceArea != b.serviceArea {
                if a.serviceArea.isEmpty || b.serviceArea.isEmpty { return b.serviceArea.isEmpty }
                return NorwegianOrder.less(a.serviceArea, b.serviceArea)
            }
            if a.unit != b.unit { return NorwegianOrder.less(a.unit, b.unit) }
            if a.year != b.year { return a.year > b.year }
            return a.id < b.id
        }
        self.rows = grouped
        var services: [String] = []
        for row in grouped where services.last != row.serviceArea { services.append(row.serviceArea) }
        serviceAreas = services
        var order: [String] = []
        var titles: [String: [(title: String, count: Int)]] = [:]
        for row in grouped {
            for goal in row.commonGoals {
                let k = goal.key
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
            let names = titles[key] ?? []
            let title = names.enumerated().max { ($0.element.count, $1.offset) < ($1.element.count, $0.offset) }?.element.title ?? key
            return GoalMatrix.Area(key: key, title: title, totals: RatingCounts(), byServiceArea: Array(repeating: RatingCounts(), count: services.count))
        }
        let column = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var cells: [[GoalAreaFacts?]] = []
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
