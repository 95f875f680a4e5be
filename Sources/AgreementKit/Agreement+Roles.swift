import Foundation

/// Changing the leader or the contact person during the year, with the date the new holder
/// takes over; the header shows the current holder, `roleChanges` keeps who held it when.
extension Agreement {
    /// The current holder of a role as the header names it.
    public func holder(of role: Party) -> String {
        switch role {
        case .leader: header.leader
        case .contactPerson: header.contactPerson
        case .director: header.director
        }
    }

    /// Everyone who held a role this year, in order: the first since the agreement began, the
    /// last still. A role never changed has one holder (or none when nobody is named).
    public func holders(of role: Party) -> [RoleHolder] {
        let changes = roleChanges.filter { $0.role == role }
        guard let first = changes.first else {
            let name = holder(of: role)
            return name.isEmpty ? [] : [RoleHolder(name: name, from: nil, until: nil)]
        }
        var holders = [RoleHolder(name: first.previous, from: nil, until: first.from.adding(days: -1))]
        for (i, change) in changes.enumerated() {
            let next = i + 1 < changes.count ? changes[i + 1].from.adding(days: -1) : nil
            holders.append(RoleHolder(name: change.name, from: change.from, until: next))
        }
        return holders.filter { !$0.name.isEmpty }
    }

    /// Why handing `role` over to `name` from `date` would be refused, or nil when it may be
    /// done (`reason` must be given when the change is an amendment).
    public func problem(handingOver role: Party, to name: String, from date: LocalDate, reason: String) -> RoleChangeProblem? {
        guard role != .director else { return .notARole(role) }
        guard phase != .closed else { return .closed }
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { return .nameMissing }
        guard name != holder(of: role) else { return .sameHolder(name) }
        guard date.year >= header.year else { return .beforeYear(date, year: header.year) }
        if let last = roleChanges.last(where: { $0.role == role }), date <= last.from {
            return .notAfterLastChange(date, last: last.from)
        }
        if changesNeedAmendment && reason.isBlank { return .reasonMissing }
        return nil
    }

    /// Hands `role` over to `name` from `date`: the header names the new holder, the change is
    /// kept in `roleChanges`, and an agreement that changes only by amendment (signed, or past
    /// Inngåelse) records one too, under `label`. The signatures already given stay as signed.
    public mutating func handOver(_ role: Party, to name: String, from date: LocalDate, reason: String, recorded: LocalDate,
                                  party: Party, person: String, id: ItemID, amendmentID: ItemID, label: String) throws(RoleChangeProblem) {
        if let problem = problem(handingOver: role, to: name, from: date, reason: reason) { throw problem }
        let name = name.trimmingCharacters(in: .whitespaces)
        let previous = holder(of: role)
        if changesNeedAmendment {
            recordAmendment(what: label, oldValue: previous, newValue: name, reason: reason, date: recorded, party: party,
                            id: amendmentID, person: person)
        }
        roleChanges.append(RoleChange(id: id, role: role, previous: previous, name: name, from: date, reason: reason,
                                      recorded: recorded, party: party, person: person))
        switch role {
        case .leader: header.leader = name
        case .contactPerson: header.contactPerson = name
        case .director: break
        }
    }
}
