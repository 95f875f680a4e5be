/// Who made a change and when: the person's name (from the config, else git's identity; empty
/// when not known), the role they acted in, and the moment as an ISO 8601 timestamp with its
/// offset (`2011-09-15T10:42:07+02:00`).
public struct ChangeStamp: Hashable, Sendable, Codable {
    public var person: String
    public var party: Party?
    public var time: String

    public init(person: String, party: Party?, time: String) {
        self.person = person
        self.party = party
        self.time = time
    }

    /// The calendar date of the moment, if the timestamp has one.
    public var date: LocalDate? { LocalDate(iso: String(time.prefix(10))) }
}
