/// A follow-up agreed in a leader conversation (avtale om oppfølging): what, who, by when, done or not.
public struct FollowUpItem: Identifiable, Equatable, Sendable, Codable {
    public var id: ItemID
    public var what: String
    /// The person or role responsible, as written.
    public var who: String
    public var due: LocalDate?
    public var done: Bool
    /// The goal row of the agreement the follow-up serves, if any; it is also logged there.
    public var goalRowID: ItemID?
    /// The guide area it was agreed under, if any.
    public var areaID: ItemID?

    public init(id: ItemID, what: String, who: String = "", due: LocalDate? = nil, done: Bool = false, goalRowID: ItemID? = nil, areaID: ItemID? = nil) {
        self.id = id
        self.what = what
        self.who = who
        self.due = due
        self.done = done
        self.goalRowID = goalRowID
        self.areaID = areaID
    }

    /// Not done and due before `reference`.
    public func isOverdue(on reference: LocalDate) -> Bool {
        guard !done, let due else { return false }
        return due < reference
    }
}
