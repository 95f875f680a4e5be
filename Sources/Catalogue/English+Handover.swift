import AgreementKit

extension English {
    public var handoverAbstract: String { "A new unit leader or contact person from a date (the previous one stays in the agreement's record)." }

    public func handoverOption(_ option: HandoverOption) -> String {
        switch option {
        case .leader: "The new unit leader."
        case .contact: "The new contact person."
        case .from: "The first day of the new leader or contact person (dd.mm.yyyy, dd.mm in the agreement's year, or ISO); today when left out."
        case .reason: "Why (required once the agreement is signed or past its making: the change is then an amendment)."
        }
    }

    public func handover(_ text: HandoverText) -> String {
        switch text {
        case .formTitle: "New unit leader or contact person"
        case .fieldFrom: "From"
        case .fromHint(let date): "from \(self.date(date))"
        case .changed(let role, let name, let previous, let from, let amended):
            "\(party(role)) from \(self.date(from)): \(name)" + (previous.isEmpty ? "" : " (before: \(previous))") + (amended ? " – recorded as an amendment" : "")
        case .notADate(let text, let year): "«\(text)» is not a date – write, say, 15.08.\(year)"
        case .nameNeeded: "Give --leader or --contact with the new person's name."
        case .recordTitle: "Changes of unit leader and contact person"
        case .holders(let role, let holders): "\(party(role)): " + holders.map { holderText($0) }.joined(separator: " · ")
        case .fromColumn: "From"
        }
    }

    private func holderText(_ holder: RoleHolder) -> String {
        switch (holder.from, holder.until) {
        case (nil, let until?): "\(holder.name) until \(date(until))"
        case (let from?, nil): "\(holder.name) from \(date(from))"
        case (let from?, let until?): "\(holder.name) \(date(from))–\(date(until))"
        case (nil, nil): holder.name
        }
    }

    public func roleChangeProblem(_ problem: RoleChangeProblem) -> String {
        switch problem {
        case .notARole(let role): "The \(partyInSentence(role)) is not changed here – only the unit leader and the contact person"
        case .closed: "The agreement is closed: its record stays as it is"
        case .nameMissing: "Write the new person's name"
        case .sameHolder(let name): "\(name) already holds the role"
        case .nothingChanged: "Nothing changed: write a new name for the leader or the contact person"
        case .beforeYear(let date, let year): "\(self.date(date)) is before the agreement's year \(year)"
        case .notAfterLastChange(let date, let last): "\(self.date(date)) is not after the last change (\(self.date(last)))"
        case .reasonMissing: "Signed or past its making: the change is an amendment and needs a reason"
        }
    }
}
