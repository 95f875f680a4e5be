import AgreementKit
import Catalogue

extension BrowseState {
    /// `i`: the scorecard, at the selected row's first indicator when it has one.
    func openScorecard(_ core: inout AppCore) -> Outcome {
        guard core.agreement != nil else { return .none }
        let first = selection(core).rows.lazy.flatMap(\.indicators).first?.id
        return .push(ScorecardState(core, focus: first))
    }

    /// `v`: a new value for the selected row's indicator; with several, the scorecard chooses.
    func beginIndicatorValue(_ core: inout AppCore) -> Outcome {
        let indicators = selection(core).rows.flatMap(\.indicators)
        switch indicators.count {
        case 0:
            core.status = Status(core.words.indicatorInterface(selection(core).rows.isEmpty ? .chooseRowForIndicator : .rowHasNoIndicator), kind: .warning)
            return .none
        case 1:
            return ScorecardState.beginValue(indicators[0].id, kind: .result, period: nil, &core)
        default:
            return .push(ScorecardState(core, focus: indicators[0].id))
        }
    }

    /// `I`: a new measured indicator on the selected row (an amendment after Inngåelse).
    func beginNewIndicator(_ core: inout AppCore) -> Outcome {
        guard let row = targetRow(core) else {
            core.status = Status(core.words.indicatorInterface(.chooseRowForIndicator), kind: .warning)
            return .none
        }
        return ScorecardState.beginNewIndicator(on: row.id, &core)
    }
}
