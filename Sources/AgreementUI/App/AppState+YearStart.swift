import AgreementKit
import Catalogue

extension AppState {
    /// How making an agreement, preparing next year's or reading last year's log went.
    mutating func answerYearStart(_ message: Message) -> [Effect] {
        switch message {
        case .created(let id, let note):
            if core.session.unsaved {
                core.say(.closeUnsaved, .warning)
                return []
            }
            core.session.noteAfterOpen = note
            let picker = stack.first?.is(PickerState.self) == true
            return (picker ? [Effect.list(selecting: id)] : []) + [.open(id)]
        case .nextYearReady(let plan):
            return apply(Outcome(navigation: [.popToMain, .push(Mode(NextYearState(plan)))]))
        case .previousLog(let log):
            return apply(.push(PreviousLogState(log)))
        case .yearStartFailed(let reason):
            core.status = Status(reason, kind: .error)
        default:
            break
        }
        return []
    }
}
