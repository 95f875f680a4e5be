/// The year's record: moving between phases, signing, amending blue fields.
extension Agreement {
    /// Moves to the next phase; what was still missing is recorded with the change.
    @discardableResult
    public mutating func moveToNextPhase(date: LocalDate, party: Party) -> PhaseChange? {
        guard let next = phase.next else { return nil }
        let change = PhaseChange(from: phase, to: next, date: date, party: party, gaps: gapsBeforeNextPhase.map(\.message))
        phaseChanges.append(change)
        phase = next
        return change
    }

    /// Goes back to the previous phase, with a reason.
    @discardableResult
    public mutating func reopenPreviousPhase(reason: String, date: LocalDate, party: Party) -> PhaseChange? {
        guard let previous = Phase.allCases.last(where: { $0 < phase }) else { return nil }
        let change = PhaseChange(from: phase, to: previous, date: date, party: party, reason: reason)
        phaseChanges.append(change)
        phase = previous
        return change
    }

    /// Records a signature for the current phase; a party signing again replaces its signature.
    public mutating func signOff(party: Party, name: String, date: LocalDate) {
        signOffs.removeAll { $0.phase == phase && $0.party == party }
        signOffs.append(SignOff(phase: phase, party: party, name: name, date: date))
    }

    /// The signatures on the current phase.
    public var currentSignOffs: [SignOff] { signOffs.filter { $0.phase == phase } }

    /// Changes a blue field after Inngåelse as an amendment: the old and new value, date, who and why.
    public mutating func amend(_ field: FieldRef, to value: String, reason: String, date: LocalDate, party: Party, id: ItemID) -> FieldError? {
        guard !reason.isBlank else { return .invalid("En endring av avtalen må ha en begrunnelse") }
        guard let old = self.value(of: field) else { return .missing }
        let label = describe(field)
        if let error = set(field, to: value) { return error }
        // Section 4 is confidential: the public record says only that it changed.
        let secret = field.kind == .personalGoal
        amendments.append(Amendment(id: id, field: label, oldValue: secret ? Self.redacted : old, newValue: secret ? Self.redacted : value,
                                    date: date, party: party, reason: reason))
        return nil
    }

    /// What the public record shows instead of section 4 text.
    public static let redacted = "(unntatt offentlighet)"

    /// Records an added or deleted blue item after Inngåelse as an amendment.
    public mutating func recordAmendment(what: String, oldValue: String, newValue: String, reason: String, date: LocalDate, party: Party, id: ItemID) {
        amendments.append(Amendment(id: id, field: what, oldValue: oldValue, newValue: newValue, date: date, party: party, reason: reason))
    }

    /// Where a field is, for people: "2.1 1. Frivillighet – mål 1.1 – Mål for enheten".
    public func describe(_ field: FieldRef) -> String {
        var place: [String] = []
        switch field {
        case .goalAreaNumber(let id), .goalAreaTitle(let id), .midYearNote(let id), .measuresRating(let id),
             .attainmentRating(let id), .leaderComment(let id), .contactComment(let id):
            if let area = goalArea(id) { place.append("\(area.section.number) \(area.label)") }
        case .resultGoal(let id), .targetNumber(let id), .target(let id), .indicator(let id):
            place += describeRow(id)
        case .measure(let id), .support(let id), .logText(let id), .logDate(let id):
            if let row = allRows.first(where: { r in r.measures.contains { $0.id == id } || r.support.contains { $0.id == id } || r.log.contains { $0.id == id } }) {
                place += describeRow(row.id)
            }
        case .checklistTask(let id), .checklistStatus(let id), .checklistComment(let id):
            place.append("Sjekkliste: \(checklist.first { $0.id == id }?.task ?? "")")
        case .header, .about:
            place.append("1 Om avtalen")
        case .conditionsDescription, .conditionsContactComment:
            place.append("3.1")
        case .personalGoal:
            place.append("4")
        }
        return (place + [field.kind.label]).joined(separator: " – ")
    }

    private func describeRow(_ id: ItemID) -> [String] {
        guard let (a, r) = location(ofRow: id) else { return [] }
        let area = goalAreas[a], row = area.rows[r]
        return ["\(area.section.number) \(area.label)"] + (row.targetNumber.isEmpty ? [] : ["mål \(row.targetNumber)"])
    }
}
