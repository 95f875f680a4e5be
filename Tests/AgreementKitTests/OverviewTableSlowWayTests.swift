@testable import AgreementKit
import Testing

/// The overview's table (keys per distinct name, texts searched byte by byte, a table for the
/// command line with no texts) against the way it first sorted and filtered, on random lines.
@Suite("Overview table: the fast way against the slow way")
struct OverviewTableSlowWayTests {
    @Test func randomLinesSortAndFilterAsBefore() {
        var random = SplitMix64(seed: 23)
        let units = ["Berg skole", "berg skole", "Åsen barnehage", "Aune skole", "Ørnehaugen", "Zebra", "Ærfugl", "Ele\u{301}ve"]
        let people = ["Kari Nordmann", "Per Hansen", "Jesper Lie", "", "Åse Brænd"]
        let services = ["Skole", "Barnehage", "Helse og velferd", ""]
        let phases = Phase.allCases
        let words = ["skole", "SKOLE oppf", "ø", "å", "e\u{301}", "2011 kari", "per", "zz", "b 20", "é"]
        for round in 0..<40 {
            let rows = (0..<Int(random.next() % 30)).map { n in
                var row = OverviewTableTests.line("r\(n)", unit: units[Int(random.next() % UInt64(units.count))],
                                                  service: services[Int(random.next() % UInt64(services.count))],
                                                  contact: people[Int(random.next() % UInt64(people.count))],
                                                  year: 2010 + Int(random.next() % 3), phase: phases[Int(random.next() % UInt64(phases.count))],
                                                  done: Int(random.next() % 11))
                row.leader = people[Int(random.next() % UInt64(people.count))]
                return row
            }
            let phaseName: (Phase) -> String = { $0 == .followUp ? "Oppfølging" : "\($0)" }
            let table = OverviewTable(rows: rows, phaseName: phaseName)
            let plain = OverviewTable(rows: rows, searchable: false, phaseName: phaseName)
            for column in OverviewColumn.allCases {
                for descending in [false, true] {
                    let sort = OverviewSort(column: column, descending: descending)
                    let expected = rows.indices.sorted { Self.slowInOrder(rows[$0], rows[$1], sort) }
                    #expect(table.sorted(by: sort) == expected, "round \(round), \(sort)")
                    #expect(plain.sorted(by: sort) == expected, "round \(round), \(sort)")
                }
            }
            let names = Dictionary(uniqueKeysWithValues: phases.map { ($0, phaseName($0)) })
            #expect(OverviewTable.searchBytes(rows, names) == rows.reduce(0) { $0 + OverviewTable.searchText($1, names).utf8.count },
                    "round \(round): the search texts' bytes are reckoned exactly (no letter here changes its length lower-cased)")
            let order = table.sorted(by: .standard)
            #expect(table.behindCount(order) == rows.filter(\.isBehind).count)
            for text in words {
                let filter = OverviewFilter(contactPerson: round % 3 == 0 ? "kari" : nil, text: text)
                let expected = order.filter { i in
                    let row = rows[i]
                    let haystack = [row.unit, row.serviceArea, row.leader, row.contactPerson, String(row.year), row.id, phaseName(row.phase)]
                        .joined(separator: " ").lowercased()
                    return filter.passesQuickFilters(row) && filter.textWords.allSatisfy { haystack.contains($0) }
                }
                #expect(table.visible(order, filter: filter) == expected, "round \(round), «\(text)»")
                #expect(plain.visible(order, filter: filter) == expected, "round \(round), «\(text)»")
            }
        }
    }

    /// The table's order as first written: four Norwegian keys per row, compared per pair.
    static func slowInOrder(_ x: OverviewRow, _ y: OverviewRow, _ sort: OverviewSort) -> Bool {
        let key = NorwegianOrder.key
        let texts: (OverviewRow) -> String? = switch sort.column {
        case .unit: { $0.unit }
        case .serviceArea: { $0.serviceArea }
        case .leader: { $0.leader }
        case .contactPerson: { $0.contactPerson }
        default: { _ in nil }
        }
        let less = { (a: String, b: String) in a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) }
        if let a = texts(x), let b = texts(y) {
            if key(a) != key(b) { return less(key(a), key(b)) != sort.descending }
        } else if let ascending = sort.column.ascending(x, y) {
            return ascending != sort.descending
        }
        if key(x.unit) != key(y.unit) { return less(key(x.unit), key(y.unit)) }
        if x.year != y.year { return x.year > y.year }
        return x.id < y.id
    }
}
