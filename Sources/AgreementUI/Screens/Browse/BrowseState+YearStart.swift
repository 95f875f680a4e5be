import AgreementKit
import Catalogue

extension BrowseState {
    /// `x`: marks the measure under the cursor as carried out today, or takes the mark away
    /// (an orange field: all year, undoable). Measures not marked go on to next year's agreement.
    func markMeasureDone(_ core: inout AppCore) -> Outcome {
        guard focus == .measures, case .measure(let id)? = focusedMeasure?.kind, let agreement = core.agreement else {
            core.status = Status(core.words.yearStart(.chooseMeasure), kind: .warning)
            return .none
        }
        guard let measure = agreement.allRows.lazy.compactMap({ $0.measures.first { $0.id == id } }).first, measure.isItem else {
            core.status = Status(core.words.yearStart(.onlyMeasuresAreDone), kind: .warning)
            return .none
        }
        guard core.allows(.measureDone) else { return .none }
        let date: LocalDate? = measure.done == nil ? core.session.today : nil
        let note = date.map { core.words.yearStart(.measureDone(core.words.date($0))) } ?? core.words.yearStart(.measureNotDone)
        return .effects(core.commit({ $0.markMeasure(id, done: date) }, note: note))
    }

    /// `L`: last year's log of the selected row, when it was carried over from last year.
    func showPreviousLog(_ core: inout AppCore) -> Outcome {
        guard let link = targetRow(core)?.carriedFrom else {
            core.status = Status(core.words.yearStart(.noPreviousRow), kind: .warning)
            return .none
        }
        return .effects([.loadPreviousLog(link)])
    }

    /// `P`: the form for a new leader or contact person from a date; with a reason when the
    /// agreement changes only by amendment. A closed or read-only agreement says why not.
    func handOver(_ core: inout AppCore) -> Outcome {
        guard let agreement = core.agreement else { return .none }
        switch core.editability(.header) {
        case .allowed, .needsAmendment:
            return .push(FormState(.handOver, core: core, amending: agreement.changesNeedAmendment))
        case let refused:
            core.status = Status(core.refusal(refused), kind: .warning)
            return .none
        }
    }
}
