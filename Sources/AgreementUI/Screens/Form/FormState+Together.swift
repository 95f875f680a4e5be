import AgreementKit
import Catalogue

extension FormState {
    /// Settles a conflict on a signed field as an amendment: the value chosen, the record
    /// removed, and the amendment (old → new, with the reason) recorded in one change.
    mutating func settleConflict(_ id: ItemID, side: AgreementMerge.Side, _ core: inout AppCore) -> Outcome {
        guard let agreement = core.agreement, let reason = reason(&core) else { return .none }
        guard let conflict = agreement.conflicts.first(where: { $0.id == id }) else { return .pop }
        let w = core.words
        var probe = agreement
        guard probe.settle(id, taking: side) else {
            core.status = Status(w.conflictNotSettled, kind: .warning)
            return .pop
        }
        let place = w.changeWhere(agreement.location(of: conflict.path))
        // Keeping this side's value of an amendment candidate confirms the change made after the
        // signing (from the value before it); any other choice replaces the value the field holds.
        let old = (side == .a ? conflict.base : conflict.a)?.displayText ?? ""
        let new = Agreement.value(of: conflict, side: side)?.displayText ?? ""
        let (party, today, amendmentID, person) = (core.session.party, core.session.today, core.newID(), core.session.person)
        let effects = core.commit({
            $0.settle(id, taking: side)
            $0.recordAmendment(what: place, oldValue: old, newValue: new, reason: reason, date: today, party: party, id: amendmentID, person: person)
        }, note: w.conflictSettled(place))
        return Outcome(effects: effects, navigation: [.pop])
    }
}

extension FormState {
    /// Puts a text in a field as if it were the field's own (a value restored from the history).
    mutating func prefill(_ id: FormFieldID, with text: String) {
        guard let i = fields.firstIndex(where: { $0.id == id }) else { return }
        fields[i].editor = TextEditor(text: text, multiline: fields[i].editor.multiline)
    }
}
