/// A move between phases: forward with the gaps that remained, or back (reopened) with a reason.
public struct PhaseChange: Equatable, Sendable, Codable {
    public var from: Phase
    public var to: Phase
    public var date: LocalDate
    public var party: Party
    /// What was still missing when moving on anyway.
    public var gaps: [String]
    /// Why a phase was reopened; empty when moving forward.
    public var reason: String
    /// Who moved the phase, by name (empty when not known).
    public var person: String

    public init(from: Phase, to: Phase, date: LocalDate, party: Party, gaps: [String] = [], reason: String = "", person: String = "") {
        self.from = from
        self.to = to
        self.date = date
        self.party = party
        self.gaps = gaps
        self.reason = reason
        self.person = person
    }
}
