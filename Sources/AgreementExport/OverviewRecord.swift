import AgreementKit
import Foundation

/// One overview line as `overview --format csv|json` writes it, under the documented, stable
/// column names: machine values (phase ids, ISO dates, true/false), never words.
public struct OverviewRecord: Equatable, Sendable {
    /// The column names, in order: the CSV header and the JSON keys.
    public static let columns = ["id", "unit", "serviceArea", "leader", "contactPerson", "year", "phase", "progressDone", "progressRequired",
                                 "nextDeadline", "overdue", "logEntries30d", "ratingAbove", "ratingAsAgreed", "ratingBelow", "openImprovementPlans"]

    public var id: String
    public var unit: String
    public var serviceArea: String
    public var leader: String
    public var contactPerson: String
    public var year: Int
    public var phase: Phase
    public var progressDone: Int
    public var progressRequired: Int
    public var nextDeadline: LocalDate?
    public var overdue: Bool
    public var logEntries30d: Int
    public var ratingAbove: Int
    public var ratingAsAgreed: Int
    public var ratingBelow: Int
    public var openImprovementPlans: Int

    public init(_ row: OverviewRow) {
        id = row.id
        unit = row.unit
        serviceArea = row.serviceArea
        leader = row.leader
        contactPerson = row.contactPerson
        year = row.year
        phase = row.phase
        progressDone = row.progress.done
        progressRequired = row.progress.required
        nextDeadline = row.nextDeadline
        overdue = row.overdue
        logEntries30d = row.logEntries30d
        ratingAbove = row.ratings.beyond
        ratingAsAgreed = row.ratings.asAgreed
        ratingBelow = row.ratings.below
        openImprovementPlans = row.openImprovementPlans
    }

    /// The object as pretty-printed JSON text with the keys in the order of `columns` (a
    /// dictionary-backed encoder would shuffle them).
    func json(indent: String) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        func text<T: Encodable>(_ value: T) throws -> String { String(decoding: try encoder.encode(value), as: UTF8.self) }
        let values: [String] = [
            try text(id), try text(unit), try text(serviceArea), try text(leader), try text(contactPerson), String(year), try text(phase.rawValue),
            String(progressDone), String(progressRequired), try nextDeadline.map { try text($0.iso) } ?? "null", overdue ? "true" : "false",
            String(logEntries30d), String(ratingAbove), String(ratingAsAgreed), String(ratingBelow), String(openImprovementPlans),
        ]
        let members = zip(Self.columns, values).map { "\(indent)  \"\($0)\" : \($1)" }
        return "\(indent){\n" + members.joined(separator: ",\n") + "\n\(indent)}"
    }

    /// The values as CSV fields, in the order of `columns`.
    public var fields: [String] {
        [id, unit, serviceArea, leader, contactPerson, String(year), phase.rawValue, String(progressDone), String(progressRequired),
         nextDeadline?.iso ?? "", overdue ? "true" : "false", String(logEntries30d), String(ratingAbove), String(ratingAsAgreed),
         String(ratingBelow), String(openImprovementPlans)]
    }
}
