/// A signature on the agreement for a phase: by the leader, or by the director or contact person.
public struct SignOff: Equatable, Sendable, Codable {
    public var phase: Phase
    public var party: Party
    public var name: String
    public var date: LocalDate

    public init(phase: Phase, party: Party, name: String, date: LocalDate) {
        self.phase = phase
        self.party = party
        self.name = name
        self.date = date
    }
}
