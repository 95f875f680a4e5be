/// A new holder of the leader's or the contact person's role during the year, from a date:
/// who held it before, who holds it from then, and who recorded it and why.
public struct RoleChange: Identifiable, Equatable, Sendable, Codable {
    public var id: ItemID
    /// `.leader` or `.contactPerson` (the director signs for the municipality and is not handed over).
    public var role: Party
    /// Who held the role until the day before `from`.
    public var previous: String
    /// Who holds the role from `from`.
    public var name: String
    /// The first day the new holder has the role.
    public var from: LocalDate
    /// Why (required once the agreement changes only by amendment; may be empty before).
    public var reason: String
    /// When the change was recorded.
    public var recorded: LocalDate
    /// Who recorded it: the role at the keyboard and the person's name (empty when not known).
    public var party: Party
    public var person: String

    public init(id: ItemID, role: Party, previous: String, name: String, from: LocalDate, reason: String,
                recorded: LocalDate, party: Party, person: String = "") {
        self.id = id
        self.role = role
        self.previous = previous
        self.name = name
        self.from = from
        self.reason = reason
        self.recorded = recorded
        self.party = party
        self.person = person
    }
}

/// Why a change of leader or contact person was refused.
public enum RoleChangeProblem: Error, Equatable, Sendable {
    /// Only the leader and the contact person are handed over during the year.
    case notARole(Party)
    /// The agreement is closed: its record stays as it was.
    case closed
    case nameMissing
    /// The name given already holds the role.
    case sameHolder(String)
    /// Nothing was changed.
    case nothingChanged
    /// The date is before the agreement's year.
    case beforeYear(LocalDate, year: Int)
    /// The date is not after the role's last change.
    case notAfterLastChange(LocalDate, last: LocalDate)
    /// A signed agreement, or one past Inngåelse, changes only by amendment, with a reason.
    case reasonMissing
}

/// One holder of a role over a span of the year: nil `from` means since the agreement began,
/// nil `until` means still.
public struct RoleHolder: Equatable, Sendable {
    public var name: String
    public var from: LocalDate?
    public var until: LocalDate?

    public init(name: String, from: LocalDate?, until: LocalDate?) {
        self.name = name
        self.from = from
        self.until = until
    }
}
