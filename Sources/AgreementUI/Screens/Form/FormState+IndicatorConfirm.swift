import AgreementKit
import Catalogue

extension FormState {
    /// Defines or changes a measured indicator; with a `.reason` field (after Inngåelse) the
    /// change is also recorded as an amendment, in the same change.
    mutating func confirmIndicator(row rowID: ItemID, editing: ItemID?, _ core: inout AppCore) -> Outcome {
        guard let agreement = core.agreement else { return .none }
        let w = core.words
        let year = agreement.header.year
        let name = text(.name).trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { return refuse(.name, w.indicatorInterface(.nameMissing), &core) }
        guard let unit = IndicatorInput.unit(text(.unit), words: w) else {
            return refuse(.unit, w.indicatorInterface(.unknownUnit(text(.unit))), &core)
        }
        guard let better = IndicatorInput.better(text(.better), words: w) else {
            return refuse(.better, w.indicatorInterface(.unknownBetter(text(.better))), &core)
        }
        guard let perspective = IndicatorInput.perspective(text(.perspective), words: w) else {
            return refuse(.perspective, w.indicatorInterface(.unknownPerspective(text(.perspective))), &core)
        }
        var baseline: IndicatorValue?
        switch optionalValue(.baselineValue, .baselinePeriod, unit: unit, year: year, core) {
        case .failure(let refusal): return refusal.apply(to: &self, &core)
        case .success(let value): baseline = value.map { IndicatorValue(period: $0.period, value: $0.value, source: editing.flatMap { agreement.indicator($0)?.baseline?.source } ?? "") }
        }
        var target: IndicatorValue?
        if has(.targetValue) {
            switch optionalValue(.targetValue, .targetPeriod, unit: unit, year: year, core) {
            case .failure(let refusal): return refusal.apply(to: &self, &core)
            case .success(let value): target = value.map { IndicatorValue(period: $0.period, value: $0.value) }
            }
        }
        let old = editing.flatMap { agreement.indicator($0) }
        var indicator = old ?? Indicator(id: core.newID(), name: name, unit: unit, better: better)
        indicator.name = name
        indicator.unit = unit
        indicator.better = better
        indicator.perspective = perspective
        indicator.baseline = baseline
        if let target { indicator.set(.target, target) }
        let updated = indicator
        var change: (inout Agreement) -> Void = { a in
            if old == nil { a.addIndicator(updated, to: rowID) } else { a.updateIndicator(updated.id) { $0 = updated } }
        }
        if has(.reason) {
            guard let reason = reason(&core) else { return .none }
            let what = old == nil ? w.interface(.addedItem(w.fieldLabel(.indicator))) : w.indicatorInterface(.amendedIndicator(old?.name ?? name))
            let before = old.map { Self.describe($0, w) } ?? ""
            let (party, today, amendmentID, person) = (core.session.party, core.session.today, core.newID(), core.session.person)
            let apply = change
            change = { a in
                apply(&a)
                a.recordAmendment(what: what, oldValue: before, newValue: Self.describe(updated, w), reason: reason, date: today, party: party,
                                  id: amendmentID, person: person)
            }
        }
        let note = w.indicatorInterface(old == nil ? .noteIndicatorAdded(name) : .noteIndicatorChanged(name))
        return Outcome(effects: core.commit(change, note: note), navigation: [.pop])
    }

    /// Sets one value; when editing a value of another period, the old one makes way.
    mutating func confirmIndicatorValue(_ id: ItemID, kind: IndicatorValueKind, editing: Period?, _ core: inout AppCore) -> Outcome {
        guard let agreement = core.agreement, let indicator = agreement.indicator(id) else { return .pop }
        let w = core.words
        let year = agreement.header.year
        guard let period = Period(userInput: text(.period), defaultYear: year) else {
            return refuse(.period, w.periodProblem(text(.period).trimmingCharacters(in: .whitespaces), year: year), &core)
        }
        let number: Double
        switch IndicatorNumber.parse(text(.value), unit: indicator.unit) {
        case .success(let n): number = n
        case .failure(let problem): return refuse(.value, w.numberProblem(problem), &core)
        }
        var valueKind = kind
        if has(.comparisonKind) {
            guard let comparison = IndicatorInput.comparison(text(.comparisonKind), words: w) else {
                return refuse(.comparisonKind, w.indicatorInterface(.unknownComparison(text(.comparisonKind))), &core)
            }
            valueKind = IndicatorValueKind(comparison)
        }
        let value = IndicatorValue(period: period, value: number, source: text(.source).trimmingCharacters(in: .whitespaces))
        let shown = w.measurement(number, indicator.unit)
        // What the new value replaces: the one of its period, else the one being edited.
        let previous = indicator.value(valueKind, for: period) ?? editing.flatMap { indicator.value(kind, for: $0) }
        var change: (inout Agreement) -> Void = { a in
            a.updateIndicator(id) { i in
                if let editing, editing != period || valueKind != kind { i.remove(kind, for: editing) }
                i.set(valueKind, value)
            }
        }
        if has(.reason) {
            guard let reason = reason(&core) else { return .none }
            let what = w.indicatorInterface(.amendedValue(indicator: indicator.name, kind: valueKind, period: period))
            let before = previous.map { w.measurement($0.value, indicator.unit) } ?? ""
            let (party, today, amendmentID, person) = (core.session.party, core.session.today, core.newID(), core.session.person)
            let apply = change
            change = { a in
                apply(&a)
                a.recordAmendment(what: what, oldValue: before, newValue: shown, reason: reason, date: today, party: party, id: amendmentID, person: person)
            }
        }
        let note = w.indicatorInterface(.noteValueSet(indicator: indicator.name, kind: valueKind, period: period, value: shown))
        return Outcome(effects: core.commit(change, note: note), navigation: [.pop])
    }

    /// Records changed plan links after Inngåelse as an amendment with its reason.
    mutating func confirmPlanLinks(row rowID: ItemID, links: [PlanLink], _ core: inout AppCore) -> Outcome {
        guard let agreement = core.agreement, let row = agreement.row(rowID), let reason = reason(&core) else { return .none }
        let w = core.words
        let label = w.place(agreement.place(of: .planLinks(rowID))) + " – " + w.fieldLabel(.planLink)
        let (party, today, amendmentID, person) = (core.session.party, core.session.today, core.newID(), core.session.person)
        let (before, after) = (PlanLink.text(row.planLinks), PlanLink.text(links))
        let effects = core.commit({ a in
            a.setPlanLinks(links, on: rowID)
            a.recordAmendment(what: label, oldValue: before, newValue: after, reason: reason, date: today, party: party, id: amendmentID, person: person)
        }, note: w.indicatorInterface(.notePlanLinks(links.map(\.code))))
        // The form and the chooser under it close: back where the links were asked for.
        return Outcome(effects: effects, navigation: [.pop, .pop])
    }

    /// An indicator's definition in one line, for amendment records.
    static func describe(_ indicator: Indicator, _ w: any Wording) -> String {
        var parts = [indicator.name, w.unitName(indicator.unit), w.better(indicator.better)]
        if let perspective = indicator.perspective { parts.append(w.perspective(perspective)) }
        if let b = indicator.baseline { parts.append(w.indicatorScreen(.baseline(value: w.measurement(b.value, indicator.unit), period: w.period(b.period)))) }
        return parts.joined(separator: " · ")
    }

    /// A field's problem: the cursor goes to it and the status line says why.
    private mutating func refuse(_ field: FormFieldID, _ message: String, _ core: inout AppCore) -> Outcome {
        focus(field)
        core.status = Status(message, kind: .error)
        return .none
    }

    /// A value and period typed in two fields, both empty meaning none.
    private func optionalValue(_ valueField: FormFieldID, _ periodField: FormFieldID, unit: IndicatorUnit, year: Int,
                               _ core: AppCore) -> Result<(period: Period, value: Double)?, FieldRefusal> {
        let w = core.words
        let typed = text(valueField).trimmingCharacters(in: .whitespaces)
        guard !typed.isEmpty else { return .success(nil) }
        let number: Double
        switch IndicatorNumber.parse(typed, unit: unit) {
        case .success(let n): number = n
        case .failure(let problem): return .failure(FieldRefusal(field: valueField, message: w.numberProblem(problem)))
        }
        let periodText = text(periodField).trimmingCharacters(in: .whitespaces)
        guard let period = Period(userInput: periodText, defaultYear: year) else {
            return .failure(FieldRefusal(field: periodField, message: w.periodProblem(periodText, year: year)))
        }
        return .success((period, number))
    }
}

/// A field of a form that cannot be read, and why.
struct FieldRefusal: Error {
    var field: FormFieldID
    var message: String

    func apply(to form: inout FormState, _ core: inout AppCore) -> Outcome {
        form.focus(field)
        core.status = Status(message, kind: .error)
        return .none
    }
}
