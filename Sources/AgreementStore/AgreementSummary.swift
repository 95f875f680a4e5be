import AgreementKit

/// What a list of agreements shows about one, kept in the store's index so listing
/// a large store does not decode every agreement.
///
/// Its fields live in one shared, copy-on-write box: a summary is a pointer wide. The index's
/// table of entries, the listing's lists and the overview's data each held every summary's
/// 300 bytes inline (the index's hash table twice over, its buckets half empty): 2.7 MB of the
/// 2,000-agreement overview's peak, now a tenth of that beside the boxes (README, "Minne").
public struct AgreementSummary: Equatable, Sendable, Codable {
    public var id: String {
        get { storage.fields.id }
        set { unique().fields.id = newValue }
    }
    public var municipality: String {
        get { storage.fields.municipality }
        set { unique().fields.municipality = newValue }
    }
    public var unit: String {
        get { storage.fields.unit }
        set { unique().fields.unit = newValue }
    }
    public var serviceArea: String {
        get { storage.fields.serviceArea }
        set { unique().fields.serviceArea = newValue }
    }
    public var year: Int {
        get { storage.fields.year }
        set { unique().fields.year = newValue }
    }
    public var leader: String {
        get { storage.fields.leader }
        set { unique().fields.leader = newValue }
    }
    public var contactPerson: String {
        get { storage.fields.contactPerson }
        set { unique().fields.contactPerson = newValue }
    }
    public var phase: Phase {
        get { storage.fields.phase }
        set { unique().fields.phase = newValue }
    }
    public var progress: Progress {
        get { storage.fields.progress }
        set { unique().fields.progress = newValue }
    }
    /// What the overview shows beyond the header (see `OverviewFacts`).
    public var overview: OverviewFacts {
        get { storage.fields.overview }
        set { unique().fields.overview = newValue }
    }
    /// The rows that link to action plans, for the plan view (schema 6).
    public var planUses: [PlanUse] {
        get { storage.fields.planUses }
        set { unique().fields.planUses = newValue }
    }
    /// Last year's agreement this one was made from (`next`), if any.
    public var carriedFrom: String? {
        get { storage.fields.carriedFrom }
        set { unique().fields.carriedFrom = newValue }
    }

    private var storage: Storage

    public init(_ agreement: Agreement) {
        let header = agreement.header
        self.init(id: agreement.id, municipality: header.municipality, unit: header.unit, serviceArea: header.serviceArea, year: header.year,
                  leader: header.leader, contactPerson: header.contactPerson, phase: agreement.phase, progress: agreement.progress,
                  overview: OverviewFacts(agreement), planUses: agreement.planUses, carriedFrom: agreement.carriedFrom)
    }

    /// A summary from its parts, as the index reader finds them.
    init(id: String, municipality: String, unit: String, serviceArea: String, year: Int, leader: String, contactPerson: String,
         phase: Phase, progress: Progress, overview: OverviewFacts, planUses: [PlanUse], carriedFrom: String?) {
        storage = Storage(Fields(id: id, municipality: municipality, unit: unit, serviceArea: serviceArea, year: year, leader: leader,
                                 contactPerson: contactPerson, phase: phase, progress: progress, overview: overview, planUses: planUses,
                                 carriedFrom: carriedFrom))
    }

    /// The box, copied first when another summary shares it.
    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
        return storage
    }

    public static func == (a: AgreementSummary, b: AgreementSummary) -> Bool {
        a.storage === b.storage || a.storage.fields == b.storage.fields
    }

    // The keys the synthesized coding used (the index's bytes are unchanged).
    private enum CodingKeys: String, CodingKey {
        case id, municipality, unit, serviceArea, year, leader, contactPerson, phase, progress, overview, planUses, carriedFrom
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id), municipality: try c.decode(String.self, forKey: .municipality),
                  unit: try c.decode(String.self, forKey: .unit), serviceArea: try c.decode(String.self, forKey: .serviceArea),
                  year: try c.decode(Int.self, forKey: .year), leader: try c.decode(String.self, forKey: .leader),
                  contactPerson: try c.decode(String.self, forKey: .contactPerson), phase: try c.decode(Phase.self, forKey: .phase),
                  progress: try c.decode(Progress.self, forKey: .progress), overview: try c.decode(OverviewFacts.self, forKey: .overview),
                  planUses: try c.decode([PlanUse].self, forKey: .planUses),
                  carriedFrom: try c.decodeIfPresent(String.self, forKey: .carriedFrom))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(municipality, forKey: .municipality)
        try c.encode(unit, forKey: .unit)
        try c.encode(serviceArea, forKey: .serviceArea)
        try c.encode(year, forKey: .year)
        try c.encode(leader, forKey: .leader)
        try c.encode(contactPerson, forKey: .contactPerson)
        try c.encode(phase, forKey: .phase)
        try c.encode(progress, forKey: .progress)
        try c.encode(overview, forKey: .overview)
        try c.encode(planUses, forKey: .planUses)
        try c.encodeIfPresent(carriedFrom, forKey: .carriedFrom)
    }
}

extension AgreementSummary {
    /// The box. Never changed while shared (`unique()` copies first), so it may cross threads.
    private final class Storage: @unchecked Sendable {
        var fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    private struct Fields: Equatable {
        var id: String
        var municipality: String
        var unit: String
        var serviceArea: String
        var year: Int
        var leader: String
        var contactPerson: String
        var phase: Phase
        var progress: Progress
        var overview: OverviewFacts
        var planUses: [PlanUse]
        var carriedFrom: String?
    }
}
