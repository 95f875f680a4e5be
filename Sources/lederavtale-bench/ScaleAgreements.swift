import AgreementKit
import AgreementStore
import AgreementUI

/// Agreements of the sizes that froze the app (issue 14.6 and 14.8), made from the Hoeggen
/// sample: a row with a 5,000-entry log, 300 goal areas, a 200 kB field.
enum ScaleAgreements {
    static let logEntries = 5_000
    static let goalAreas = 300
    static let fieldBytes = 200_000

    /// The sample with `logEntries` entries on the first row of the first goal area (dated through
    /// the year, each long enough to wrap), the goals cursor on that goal area. Made once per process:
    /// the log scripts of `check` share one run.
    static func longLog() throws -> Agreement { try longLogMade.get() }

    private static let longLogMade = Result { try makeLongLog() }

    private static func makeLongLog() throws -> Agreement {
        var agreement = try hoeggen()
        agreement.goalAreas[0].rows[0].log = (0..<logEntries).map { n in
            let day = LocalDate(year: 2011, month: 1 + n % 12, day: 1 + n % 28) ?? CostScript.today
            return LogEntry(id: ItemID("scale-log-\(n)"), date: day,
                            text: "Loggføring \(n) om dugnad og frivillighet på skolen, lang nok til å brytes over flere linjer i ruten")
        }
        return agreement
    }

    /// The sample's goal areas repeated (new ids) until there are `goalAreas` of them.
    static func manyGoalAreas() throws -> Agreement {
        var agreement = try hoeggen()
        let originals = agreement.goalAreas
        agreement.goalAreas = (0..<goalAreas).map { n in
            var area = originals[n % originals.count]
            area.id = ItemID("scale-area-\(n)")
            area.number = String(n + 1)
            area.rows = area.rows.enumerated().map { r, row in
                var copy = row
                copy.id = ItemID("scale-row-\(n)-\(r)")
                copy.measures = copy.measures.enumerated().map { m, measure in
                    var item = measure
                    item.id = ItemID("scale-measure-\(n)-\(r)-\(m)")
                    return item
                }
                copy.support = copy.support.enumerated().map { s, support in
                    var item = support
                    item.id = ItemID("scale-support-\(n)-\(r)-\(s)")
                    return item
                }
                copy.log = copy.log.enumerated().map { l, entry in
                    var item = entry
                    item.id = ItemID("scale-entry-\(n)-\(r)-\(l)")
                    return item
                }
                return copy
            }
            return area
        }
        return agreement
    }

    /// About `fieldBytes` of Norwegian prose in paragraphs, for a field that size.
    static var longText: String {
        let sentence = "Elevene deltar i dugnad og frivillig arbeid på skolen, og foreldrene følger opp med møter og planer. "
        var text = ""
        var n = 0
        while text.utf8.count < fieldBytes {
            text += sentence
            n += 1
            if n % 8 == 0 { text += "\n" }
        }
        return text
    }

    private static func hoeggen() throws -> Agreement {
        guard let agreement = try SampleCatalog.agreements().first(where: { $0.id == "hoeggen-skole-2011" }) else {
            throw BenchFailure("the embedded sample hoeggen-skole-2011 is missing")
        }
        return agreement
    }
}
