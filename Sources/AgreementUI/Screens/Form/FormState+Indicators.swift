import AgreementKit
import Catalogue

extension FormState {
    /// The forms of measured indicators and plan links: their titles, fields and starting text.
    static func makeIndicatorForm(_ kind: FormKind, core: AppCore, amending: Bool) -> FormState {
        let w = core.words
        let agreement = core.agreement
        let year = agreement?.header.year ?? core.session.today.year
        let reason = FormField(.reason, label: w.prompt(.reasonRequired), colour: nil, multiline: true)
        func field(_ id: FormFieldID, _ label: IndicatorPromptText, _ colour: PhaseColour, _ text: String = "") -> FormField {
            FormField(id, label: w.indicatorPrompt(label), colour: colour, text: text, multiline: false)
        }
        var form: FormState
        switch kind {
        case .indicator(let rowID, let editing):
            let existing = editing.flatMap { agreement?.indicator($0) }
            let row = agreement?.row(rowID)
            let title = existing.map { w.indicatorPrompt(.editIndicator($0.name)) }
                ?? w.indicatorPrompt(.newIndicator(row: agreement.flatMap { FormState.rowName(rowID, $0) }.map(w.rowName) ?? ""))
            // A new indicator starts from the row's free-text indicator: measuring it is an upgrade.
            let name = existing?.name ?? (row?.indicator.split(whereSeparator: \.isNewline).first.map(String.init) ?? "")
            var fields = [
                field(.name, .name, .blue, name),
                field(.unit, .unit, .blue, existing.map { IndicatorInput.shown($0.unit, words: w) } ?? ""),
                field(.better, .better, .blue, existing.map { IndicatorInput.shown($0.better, words: w) } ?? ""),
                field(.perspective, .perspective, .blue, IndicatorInput.shown(existing?.perspective, words: w)),
                field(.baselineValue, .baselineValue, .blue, existing?.baseline.map { w.number($0.value) } ?? ""),
                field(.baselinePeriod, .baselinePeriod, .blue, existing?.baseline?.period.id ?? ""),
            ]
            if existing == nil {
                fields += [field(.targetValue, .targetValue, .blue), field(.targetPeriod, .targetPeriod, .blue, String(year))]
            }
            form = FormState(kind: kind, title: title, fields: fields)
        case .indicatorValue(let id, let valueKind, let period):
            let indicator = agreement?.indicator(id)
            let name = indicator?.name ?? ""
            let existing = period.flatMap { indicator?.value(valueKind, for: $0) }
            let title = period.map { w.indicatorPrompt(.editValue(valueKind, indicator: name, period: w.period($0))) }
                ?? w.indicatorPrompt(.newValue(valueKind, indicator: name))
            let suggested = period ?? indicator.map { suggestedPeriod($0, kind: valueKind, core: core) } ?? Period(year: year, kind: .year)
            var fields = [
                field(.period, .period, valueKind.fieldKind.colour, suggested?.id ?? ""),
                field(.value, .value, valueKind.fieldKind.colour, existing.map { w.number($0.value) } ?? ""),
            ]
            if valueKind.comparison != nil {
                fields.append(field(.comparisonKind, .comparisonKind, valueKind.fieldKind.colour, w.valueKind(valueKind)))
            }
            let lastSource = indicator.flatMap { i in (valueKind == .result ? i.lastResult : i.currentTarget)?.source } ?? ""
            fields.append(field(.source, .source, valueKind.fieldKind.colour, existing?.source ?? lastSource))
            form = FormState(kind: kind, title: title, fields: fields, focused: 1)
        case .planLinks(let rowID, _):
            let row = agreement.flatMap { FormState.rowName(rowID, $0) }.map(w.rowName) ?? ""
            return FormState(kind: kind, title: w.indicatorPrompt(.amendPlanLinks(row: row)), fields: [reason])
        default:
            return FormState(kind: kind, title: "", fields: [reason])
        }
        if amending {
            form.fields.append(reason)
            form.title = w.prompt(.amendment(form.title))
        }
        return form
    }

    /// The period a new value most likely is for: after the last result for results; the
    /// agreement's year for targets; the last result's period for comparisons.
    static func suggestedPeriod(_ indicator: Indicator, kind: IndicatorValueKind, core: AppCore) -> Period? {
        let year = core.agreement?.header.year ?? core.session.today.year
        switch kind {
        case .result:
            if let last = indicator.lastResult { return last.period.next }
            return Period.quarter(of: core.session.today.clamped(toYear: year))
        case .target, .baseline:
            return Period(year: year, kind: .year)
        case .national, .municipality, .serviceArea:
            return indicator.lastResult?.period ?? Period(year: year, kind: .year)
        }
    }
}
