/// Section 3.1: conditions (organisational, operational, buildings) that may affect the results.
public struct UnitConditions: Equatable, Sendable, Codable {
    /// "Enhetsleders beskrivelse" (blue).
    public var leaderDescription: String
    /// "Kontaktpersons eventuelle kommentarer" (green).
    public var contactComment: String

    public init(leaderDescription: String = "", contactComment: String = "") {
        self.leaderDescription = leaderDescription
        self.contactComment = contactComment
    }
}
