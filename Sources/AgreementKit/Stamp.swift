/// Who recorded something and when.
public struct Stamp: Equatable, Sendable, Codable {
    public var party: Party
    public var date: LocalDate

    public init(party: Party, date: LocalDate) {
        self.party = party
        self.date = date
    }
}
