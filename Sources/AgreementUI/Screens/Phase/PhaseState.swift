import AgreementKit
import Catalogue

/// The phase dialog: what is missing before the next phase, who has signed, what happened
/// before — and the question "Gå til <fase>? (j/n)".
public struct PhaseState: ScreenState {
    public internal(set) var offset = 0

    public init() {}

    public func keyContext(_ core: AppCore) -> KeyContext { .phase }

    public mutating func perform(_ action: Action, core: inout AppCore) -> Outcome {
        guard case .phase(let command) = action, let agreement = core.agreement else { return .none }
        if core.session.isReadOnly, [.next, .signOff, .reopen].contains(command) {
            core.status = Status(core.refusal(.readOnly), kind: .warning)
            return .none
        }
        let w = core.words
        switch command {
        case .next:
            guard let next = agreement.phase.next else {
                core.say(.noNextPhase, .warning)
                return .none
            }
            let gaps = agreement.gapsBeforeNextPhase.count
            let (party, today, person) = (core.session.party, core.session.today, core.session.person)
            let effects = core.commit({ $0.moveToNextPhase(date: today, party: party, person: person, describe: w.gap) },
                                      note: w.interface(.noteMovedTo(w.phase(next), gaps: gaps)))
            return Outcome(effects: effects, navigation: [.pop])
        case .stay:
            return .pop
        case .signOff:
            return .push(FormState(.signOff(core.session.party), core: core))
        case .reopen:
            guard Phase.allCases.contains(where: { $0 < agreement.phase }) else {
                core.say(.firstPhase, .warning)
                return .none
            }
            return .push(FormState(.reopen(undoing: false), core: core))
        case .nextYear:
            // At year-end (or after): the review comes first; nothing is made until it is confirmed.
            guard agreement.phase >= .assessment else {
                core.status = Status(w.yearStart(.nextYearOnlyAtYearEnd), kind: .warning)
                return .none
            }
            return .effects([.prepareNextYear(agreement)])
        case .up:
            offset = max(0, offset - 1)
        case .down:
            offset = min(offset + 1, max(0, PhaseView.lines(core).count - (core.size.height - 6)))
        }
        return .none
    }

    public func render(_ core: AppCore, into screen: inout Screen) {
        PhaseView.draw(self, core, into: &screen)
    }
}
