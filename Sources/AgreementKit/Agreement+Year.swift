/// The year's record: moving between phases, signing, amending blue fields.
extension Agreement {
    /// Moves to the next phase; what was still missing is recorded with the change, worded by
    /// the caller (the record keeps the words of the day it was made).
    @discardableResult
    public mutating func moveToNextPhase(date: LocalDate, party: Party, person: String = "", describe: (Gap) -> String) -> PhaseChange? {
        guard let next = phase.next else { return nil }
        let change = PhaseChange(from: phase, to: next, date: date, party: party, gaps: gapsBeforeNextPhase.map(describe), person: person)
        phaseChanges.append(change)
        phase = next
        return change
    }

    /// Goes back to the previous phase, with a reason.
    @discardableResult
    public mutating func reopenPreviousPhase(reason: String, date: LocalDate, party: Party, person: String = "") -> PhaseChange? {
        guard let previous = Phase.allCases.last(where: { $0 < phase }) else { return nil }
        let change = PhaseChange(from: phase, to: previous, date: date, party: party, reason: reason, person: person)
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

    /// Changes a blue field after Inngåelse as an amendment: the old and new value, date, who and
    /// why. `label` names the field for the record; section 4 text is recorded as `redacted`.
    public mutating func amend(_ field: FieldRef, to value: String, reason: String, date: LocalDate, party: Party, id: ItemID,
                               label: String, redacted: String, person: String = "") -> FieldError? {
        guard !reason.isBlank else { return .reasonMissing }
        guard let old = self.value(of: field) else { return .missing }
        if let error = set(field, to: value) { return error }
        // Section 4 is confidential: the public record says only that it changed.
        let secret = field.kind == .personalGoal
        amendments.append(Amendment(id: id, field: label, oldValue: secret ? redacted : old, newValue: secret ? redacted : value,
                                    date: date, party: party, reason: reason, confidential: secret, person: person))
        return nil
    }

    /// Records an added or deleted blue item after Inngåelse as an amendment; `confidential` for
    /// an item of section 4, whose reason then stays in the private file.
    public mutating func recordAmendment(what: String, oldValue: String, newValue: String, reason: String, date: LocalDate, party: Party, id: ItemID,
                                         confidential: Bool = false, person: String = "") {
        amendments.append(Amendment(id: id, field: what, oldValue: oldValue, newValue: newValue, date: date, party: party, reason: reason,
                                    confidential: confidential, person: person))
    }

    /// Where a field is, for people (the catalogue words it).
    public func place(of field: FieldRef) -> FieldPlace {
        switch field {
        case .goalAreaNumber(let id), .goalAreaTitle(let id), .midYearNote(let id), .measuresRating(let id),
             .attainmentRating(let id), .leaderComment(let id), .contactComment(let id):
            return goalArea(id).map { .goalArea(RowName($0)) } ?? .unknown
        case .subGoalNumber(let id), .subGoalTitle(let id):
            return goalArea(ofSubGoal: id).map { .goalArea(RowName($0)) } ?? .unknown
        case .resultGoal(let id), .targetNumber(let id), .target(let id), .indicator(let id), .planLinks(let id):
            return rowPlace(id)
        case .measure(let id), .support(let id), .logText(let id), .logDate(let id):
            return itemPlace(id)
        case .checklistTask(let id), .checklistStatus(let id), .checklistComment(let id):
            return .checklist(task: checklist.first { $0.id == id }?.task ?? "")
        case .header, .about:
            return .about
        case .conditionsDescription, .conditionsContactComment:
            return .conditions
        case .personalGoal:
            return .personalGoals
        }
    }

    /// Where an item is, for people.
    public func place(of item: ItemRef) -> FieldPlace {
        switch item {
        case .goalArea(let id): goalArea(id).map { .goalArea(RowName($0)) } ?? .unknown
        case .row(let id): rowPlace(id)
        case .measure(let id), .support(let id), .logEntry(let id): itemPlace(id)
        case .checklistItem(let id): .checklist(task: checklist.first { $0.id == id }?.task ?? "")
        case .personalGoal: .personalGoals
        case .indicator(let id), .indicatorValue(let id, _, _): row(ofIndicator: id).map { rowPlace($0.id) } ?? .unknown
        }
    }

    /// A measure, support item or log entry: its row, and its number or date there.
    private func itemPlace(_ id: ItemID) -> FieldPlace {
        for area in goalAreas {
            for row in area.rows {
                let name = RowName(row, in: area)
                if let n = row.measures.firstIndex(where: { $0.id == id }) { return .item(name, .measure, ordinal: n + 1) }
                if let n = row.support.firstIndex(where: { $0.id == id }) { return .item(name, .support, ordinal: n + 1) }
                if let entry = row.log.first(where: { $0.id == id }) { return .logEntry(name, date: entry.date) }
            }
        }
        return .unknown
    }

    private func rowPlace(_ id: ItemID) -> FieldPlace {
        guard let (a, r) = location(ofRow: id) else { return .unknown }
        return .row(RowName(goalAreas[a].rows[r], in: goalAreas[a]))
    }
}

extension Agreement {
    /// The date of the last review meeting before `date`, if any.
    public func lastReview(before date: LocalDate) -> LocalDate? {
        reviews.map(\.date).filter { $0 < date }.max()
    }
}
