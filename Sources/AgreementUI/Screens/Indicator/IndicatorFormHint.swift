import AgreementKit
import Catalogue

/// The line under an indicator form's field that says how its text is read ("Leses som:
/// 1. kvartal 2013", "Leses som: 14,5 %"), or what is wrong with it, before anything is saved.
enum IndicatorFormHint {
    static func hint(for field: FormField, _ form: FormState, _ core: AppCore) -> String? {
        guard let agreement = core.agreement else { return nil }
        let w = core.words
        let text = field.editor.text.trimmingCharacters(in: .whitespaces)
        let year = agreement.header.year
        switch field.id {
        case .period, .baselinePeriod, .targetPeriod:
            guard !text.isEmpty else { return nil }
            return Period(userInput: text, defaultYear: year).map { w.indicatorPrompt(.reads(w.period($0))) } ?? w.periodProblem(text, year: year)
        case .value, .baselineValue, .targetValue:
            guard form.isIndicatorForm, !text.isEmpty else { return nil }
            let unit = form.unit(core)
            switch IndicatorNumber.parse(text, unit: unit) {
            case .success(let value): return w.indicatorPrompt(.reads(unit.map { w.measurement(value, $0) } ?? w.number(value)))
            case .failure(let problem): return w.numberProblem(problem)
            }
        case .unit:
            guard !text.isEmpty else { return nil }
            return IndicatorInput.unit(text, words: w).map { w.indicatorPrompt(.reads(w.unitName($0))) } ?? w.indicatorInterface(.unknownUnit(text))
        case .better:
            guard !text.isEmpty else { return nil }
            return IndicatorInput.better(text, words: w).map { w.indicatorPrompt(.reads(w.better($0))) } ?? w.indicatorInterface(.unknownBetter(text))
        case .perspective:
            guard let perspective = IndicatorInput.perspective(text, words: w) else { return w.indicatorInterface(.unknownPerspective(text)) }
            return w.indicatorPrompt(.reads(w.perspective(perspective)))
        case .comparisonKind:
            return IndicatorInput.comparison(text, words: w).map { w.indicatorPrompt(.reads(w.valueKind(IndicatorValueKind($0)))) }
                ?? w.indicatorInterface(.unknownComparison(text))
        default:
            return nil
        }
    }
}

extension FormState {
    /// True for the forms of measured indicators, whose `.value` is a number.
    var isIndicatorForm: Bool {
        switch kind {
        case .indicator, .indicatorValue: true
        default: false
        }
    }

    /// The unit the form's numbers are in: its own unit field, else the indicator's.
    func unit(_ core: AppCore) -> IndicatorUnit? {
        if has(.unit) { return IndicatorInput.unit(text(.unit), words: core.words) }
        if case .indicatorValue(let id, _, _) = kind { return core.agreement?.indicator(id)?.unit }
        return nil
    }
}
