import AgreementKit
import Catalogue

extension FormState {
    /// `Enter`: checks the fields and does what the form is for.
    mutating func confirm(_ core: inout AppCore) -> Outcome {
        switch kind {
        case .field(let ref): return setField(ref, &core)
        case .create(let item): return create(item, &core)
        case .amend(let ref): return amend(ref, &core)
        case .amendDelete(let item): return amendDelete(item, &core)
        case .amendMove(let item, let offset): return amendMove(item, by: offset, &core)
        case .settleConflict(let id, let takingOther): return settleConflict(id, side: takingOther ? .b : .a, &core)
        case .signOff(let party): return signOff(party, &core)
        case .reopen(let undoing): return reopen(undoing: undoing, &core)
        case .improvementPlan(let areaID): return improvementPlan(areaID, &core)
        case .meetingComments(let areaID): return meetingComments(areaID, &core)
        case .indicator(let row, let editing): return confirmIndicator(row: row, editing: editing, &core)
        case .indicatorValue(let id, let valueKind, let period): return confirmIndicatorValue(id, kind: valueKind, editing: period, &core)
        case .planLinks(let row, let links): return confirmPlanLinks(row: row, links: links, &core)
        case .writeMinutes(let reviewKind):
            guard let path = path(&core), let agreement = core.agreement else { return .none }
            return Outcome(effects: [.writeMinutes(agreement, kind: reviewKind, date: core.session.today, party: core.session.party, path: path, overwrite: false)],
                           navigation: [.pop])
        case .export(let format, let isPublic):
            guard let path = path(&core), let agreement = core.agreement else { return .none }
            return Outcome(effects: [.export(agreement, format: format, isPublic: isPublic, path: path, overwrite: false)], navigation: [.pop])
        case .saveCopy(let quitAfter):
            guard let path = path(&core), let agreement = core.agreement else { return .none }
            core.session.quitAfterCopy = quitAfter && core.session.unsaved
            return Outcome(effects: [.writeCopy(agreement, path: path, overwrite: false)], navigation: [.pop])
        case .schedule, .conversationNotes, .followUp, .criterionAssessment, .conversationMinutes:
            return confirmCalendar(&core)
        case .newAgreement:
            return confirmNewAgreement(&core)
        case .handOver:
            return confirmHandOver(&core)
        case .search:
            let query = text(.query)
            guard !query.isBlank else { return .pop }
            core.session.searches.removeAll { $0 == query }
            core.session.searches.append(query)
            return Outcome(navigation: [.pop], reveal: .search(query))
        }
    }

    /// A file name typed in a `.path` field, or nil (with a word) when it is empty.
    private func path(_ core: inout AppCore) -> String? {
        let path = text(.path).trimmingCharacters(in: .whitespaces)
        if path.isEmpty { core.say(.writeSomethingFirst, .warning) }
        return path.isEmpty ? nil : path
    }

    /// The reason of an amendment, or nil — with the cursor moved to the reason field and a word — when it is missing.
    mutating func reason(_ core: inout AppCore) -> String? {
        let reason = text(.reason)
        guard reason.isBlank else { return reason }
        focus(.reason)
        core.say(.reasonMissing, .warning)
        return nil
    }

    /// The text to set a field to; a date typed in the user's language is given to the domain as ISO.
    private func value(for ref: FieldRef, _ core: AppCore) -> String {
        let typed = ref.isMultiline ? text(.value) : text(.value).trimmingCharacters(in: .whitespaces)
        if case .logDate = ref, let year = core.agreement?.header.year, let date = core.words.parseDate(typed, defaultYear: year) {
            return date.iso
        }
        return typed
    }

    private func setField(_ ref: FieldRef, _ core: inout AppCore) -> Outcome {
        guard let agreement = core.agreement else { return .none }
        let value = value(for: ref, core)
        var probe = agreement
        if let error = probe.set(ref, to: value) {
            core.status = Status(core.words.fieldError(error), kind: .error)
            return .none
        }
        let note = core.words.interface(.noteFieldChanged(DetailContent.label(of: ref, in: agreement, words: core.words)))
        return Outcome(effects: core.commit({ _ = $0.set(ref, to: value) }, note: note), navigation: [.pop])
    }

    private mutating func amend(_ ref: FieldRef, _ core: inout AppCore) -> Outcome {
        guard let agreement = core.agreement, let reason = reason(&core) else { return .none }
        let value = value(for: ref, core)
        let w = core.words
        let label = Self.recordName(of: ref, in: agreement, words: w)
        let (party, today, id, person) = (core.session.party, core.session.today, core.newID(), core.session.person)
        var probe = agreement
        if let error = probe.amend(ref, to: value, reason: reason, date: today, party: party, id: id, label: label, redacted: w.redacted, person: person) {
            core.status = Status(w.fieldError(error), kind: .error)
            return .none
        }
        let effects = core.commit({ _ = $0.amend(ref, to: value, reason: reason, date: today, party: party, id: id, label: label, redacted: w.redacted, person: person) },
                                  note: w.interface(.noteAmended(label)))
        return Outcome(effects: effects, navigation: [.pop])
    }

    /// The field as an amendment record names it: "2.2 2. Samarbeid · mål 1.1 · tiltak 2".
    static func recordName(of ref: FieldRef, in agreement: Agreement, words w: any Wording) -> String {
        let place = agreement.place(of: ref)
        switch ref {
        case .measure, .support, .logText: return w.fieldAt(place, label: nil)
        default: return w.fieldAt(place, label: DetailContent.label(of: ref, in: agreement, words: w))
        }
    }

    private mutating func amendDelete(_ item: ItemRef, _ core: inout AppCore) -> Outcome {
        guard let agreement = core.agreement, let reason = reason(&core) else { return .none }
        let w = core.words
        let what = w.interface(.deletedItem(w.place(agreement.place(of: item))))
        let old: String
        if case .personalGoal = item { old = w.redacted } else { old = agreement.summary(of: item, date: w.date) ?? "" }
        let (party, today, id, person) = (core.session.party, core.session.today, core.newID(), core.session.person)
        let confidential = if case .personalGoal = item { true } else { false }
        let effects = core.commit({
            $0.delete(item)
            $0.recordAmendment(what: what, oldValue: old, newValue: "", reason: reason, date: today, party: party, id: id,
                               confidential: confidential, person: person)
        }, note: what)
        return Outcome(effects: effects, navigation: [.pop])
    }
}

extension FormState {
    private mutating func amendMove(_ item: ItemRef, by offset: Int, _ core: inout AppCore) -> Outcome {
        guard let agreement = core.agreement, let reason = reason(&core) else { return .none }
        let w = core.words
        let before = w.place(agreement.place(of: item))
        let what = w.interface(.movedItem(before))
        let (party, today, id, person) = (core.session.party, core.session.today, core.newID(), core.session.person)
        let effects = core.commit({
            guard $0.move(item, by: offset) else { return }
            $0.recordAmendment(what: what, oldValue: before, newValue: w.place($0.place(of: item)), reason: reason, date: today, party: party, id: id, person: person)
        }, note: what)
        return Outcome(effects: effects, navigation: [.pop])
    }
}

extension String {
    /// True for empty or whitespace-only text.
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
