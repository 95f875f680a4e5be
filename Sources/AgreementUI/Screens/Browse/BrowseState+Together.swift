import AgreementKit
import Catalogue

extension BrowseState {
    /// The keys of working together on the main screen: the history of the focused pane's
    /// field, and syncing the store (git works beside the interface; one sync at a time).
    func performTogether(_ command: TogetherCommand, core: inout AppCore) -> Outcome {
        switch command {
        case .fieldHistory: return DetailState.history(of: focusedField(core), &core)
        case .sync:
            guard let agreement = core.agreement else { return .none }
            if core.session.isReadOnly {
                core.status = Status(core.refusal(.readOnly), kind: .warning)
                return .none
            }
            guard core.session.syncing == nil else {
                core.status = Status(core.words.syncRunning)
                return .none
            }
            core.session.syncing = SyncRun(agreementID: agreement.id, stamp: core.session.stamp)
            core.status = Status(core.words.syncing)
            return .effects([.sync(agreement.id, party: core.session.party)])
        case .takeA, .takeB, .editConflict, .up, .down, .pageUp, .pageDown, .restore, .close: return .none
        }
    }

    /// The field the focused pane stands on: the text of a measure, support item or log entry;
    /// in the goals pane the first field of the line (a row's result goal, a goal area's title).
    func focusedField(_ core: AppCore) -> FieldRef? {
        switch focus {
        case .measures:
            switch focusedMeasure?.kind {
            case .measure(let id)?: return .measure(id)
            case .support(let id)?: return .support(id)
            default: return nil
            }
        case .log:
            if case .log(let id)? = focusedLogEntry?.kind { return .logText(id) }
            return nil
        case .goals:
            guard let agreement = core.agreement else { return nil }
            return DetailContent.of(.node(node), in: agreement, words: core.words).fields.first { $0.ref != nil }?.ref
        }
    }
}
