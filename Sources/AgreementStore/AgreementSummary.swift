import AgreementKit

/// What a list of agreements shows about one, kept in the store's index so listing
/// a large store does not decode every agreement.
public struct AgreementSummary: Equatable, Sendable, Codable {
    public var id: String
    public var municipality: String
    public var unit: String
    public var serviceArea: String
    public var year: Int
    public var leader: String
    public var contactPerson: String
    public var phase: Phase
    public var progress: Progress
    /// What the overview shows beyond the header (see `OverviewFacts`).
    public var overview: OverviewFacts
    /// The rows that link to action plans, for the plan view (schema 6).
    public var planUses: [PlanUse]
    /// Last year's agreement this one was made from (`next`), if any.
    public var carriedFrom: String?

    public init(_ agreement: Agreement) {
        id = agreement.id
        municipality = agreement.header.municipality
        unit = agreement.header.unit
        serviceArea = agreement.header.serviceArea
        year = agreement.header.year
        leader = agreement.header.leader
        contactPerson = agreement.header.contactPerson
        phase = agreement.phase
        progress = agreement.progress
        overview = OverviewFacts(agreement)
        planUses = agreement.planUses
        carriedFrom = agreement.carriedFrom
    }

    /// A summary from its parts, as the index reader finds them.
    init(id: String, municipality: String, unit: String, serviceArea: String, year: Int, leader: String, contactPerson: String,
         phase: Phase, progress: Progress, overview: OverviewFacts, planUses: [PlanUse], carriedFrom: String?) {
        self.id = id
        self.municipality = municipality
        self.unit = unit
        self.serviceArea = serviceArea
        self.year = year
        self.leader = leader
        self.contactPerson = contactPerson
        self.phase = phase
        self.progress = progress
        self.overview = overview
        self.planUses = planUses
        self.carriedFrom = carriedFrom
    }
}
