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

    public init(id: ItemID, field: String, oldValue: String, newValue: String, date: LocalDate, party: Party, reason: String) {
        self.id = id
        self.field = field
        self.oldValue = oldValue
        self.newValue = newValue
        self.date = date
        self.party = party
        self.reason = reason
    }
}
