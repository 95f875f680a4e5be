import AgreementKit
import Catalogue

extension DetailState {
    /// The keys of working together on the focused field: its history, a conflict settled.
    mutating func performTogether(_ command: TogetherCommand, core: inout AppCore) -> Outcome {
        switch command {
        case .fieldHistory: return DetailState.history(of: fieldRef, &core)
        case .takeA: return settle(.a, &core)
        case .takeB: return settle(.b, &core)
        case .editConflict: return perform(.detail(.edit), core: &core)
        case .sync, .up, .down, .pageUp, .pageDown, .restore, .close: return .none
        }
    }

    /// Asks for the agreement's history, to show a field's.
    static func history(of field: FieldRef?, _ core: inout AppCore) -> Outcome {
        guard let field, let agreement = core.agreement, field.path(in: agreement) != nil else {
            core.status = Status(core.words.historyNoField, kind: .warning)
            return .none
        }
        return .effects([.loadHistory(agreement.id, field: field)])
    }

    /// Settles the focused field's conflict with one side's value: at once, or through the
    /// amendment form (asking the reason) when the value of a signed field changes.
    private func settle(_ side: AgreementMerge.Side, _ core: inout AppCore) -> Outcome {
        guard let ref = fieldRef, let agreement = core.agreement, let conflict = agreement.conflict(on: ref) else { return .none }
        let editability = core.editability(ref.kind)
        if editability == .readOnly {
            core.status = Status(core.refusal(editability), kind: .warning)
            return .none
        }
        let changesAgreement = side == .b || conflict.kind == .amendmentCandidate
        if changesAgreement && editability == .needsAmendment {
            core.say(.amendmentNote, .warning)
            return .push(FormState(.settleConflict(conflict.id, takingOther: side == .b), core: core))
        }
        if side == .b && !editability.isAllowed {
            core.status = Status(core.refusal(editability), kind: .warning)
            return .none
        }
        var probe = agreement
        guard probe.settle(conflict.id, taking: side) else {
            core.status = Status(core.words.conflictNotSettled, kind: .warning)
            return .none
        }
        let note = core.words.conflictSettled(DetailContent.label(of: ref, in: agreement, words: core.words))
        return .effects(core.commit({ $0.settle(conflict.id, taking: side) }, note: note))
    }
}
