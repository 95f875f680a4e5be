/// An agreed change to a blue field after Inngåelse: old and new value, when, who and why.
public struct Amendment: Identifiable, Equatable, Sendable, Codable {
    public var id: ItemID
    /// The field changed, as a readable label: "2.1 1. Frivillighet – Mål for enheten".
    public var field: String
    public var oldValue: String
    public var newValue: String
    public var date: LocalDate
    public var party: Party
    public var reason: String
    /// Who made the change, by name (empty when not known).
    public var person: String
    /// An amendment of section 4 (the personal development goals): its reason is as confidential
    /// as the goals. The store keeps the reason in the private file and writes it as "" to the
    /// public one; this flag is not part of the public file's coding (the private file's list of
    /// reasons is what marks such an amendment on disk).
    public var confidential: Bool

    public init(id: ItemID, field: String, oldValue: String, newValue: String, date: LocalDate, party: Party, reason: String,
                confidential: Bool = false, person: String = "") {
        self.id = id
        self.field = field
        self.oldValue = oldValue
        self.newValue = newValue
        self.date = date
        self.party = party
        self.reason = reason
        self.confidential = confidential
        self.person = person
    }

    enum CodingKeys: String, CodingKey {
        case id, field, oldValue, newValue, date, party, reason, person
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(ItemID.self, forKey: .id)
        field = try c.decode(String.self, forKey: .field)
        oldValue = try c.decode(String.self, forKey: .oldValue)
        newValue = try c.decode(String.self, forKey: .newValue)
        date = try c.decode(LocalDate.self, forKey: .date)
        party = try c.decode(Party.self, forKey: .party)
        reason = try c.decode(String.self, forKey: .reason)
        person = try c.decode(String.self, forKey: .person)
        confidential = false
    }
}
