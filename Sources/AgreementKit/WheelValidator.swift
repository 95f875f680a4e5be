/// Checks an annual wheel beyond what decoding checks: slug, ids, titles, dates and rule parameters.
public enum WheelValidator {
    /// Every fault found, in file order.
    public static func validate(_ wheel: AnnualWheel) -> [WheelIssue] {
        var issues: [WheelIssue] = []
        var ids = IDRegister()

        func note(_ id: ItemID, _ path: [PathComponent]) {
            switch ids.note(id, at: path) {
            case .invalid: issues.append(WheelIssue(path: path + ["id"], kind: .invalidID(id)))
            case .duplicate(let first): issues.append(WheelIssue(path: path + ["id"], kind: .duplicateID(id, firstAt: first)))
            case nil: break
            }
        }
        func range(_ value: Int, _ allowed: ClosedRange<Int>, _ path: [PathComponent]) {
            if !allowed.contains(value) { issues.append(WheelIssue(path: path, kind: .outOfRange(value, allowed: allowed))) }
        }

        if !Slug.isValid(wheel.id) { issues.append(WheelIssue(path: ["id"], kind: .invalidSlug(wheel.id))) }
        if wheel.title.isBlank { issues.append(WheelIssue(path: ["title"], kind: .blankText)) }
        var municipalities: Set<String> = []
        for (m, name) in wheel.municipalities.enumerated() {
            if name.isBlank {
                issues.append(WheelIssue(path: ["municipalities", .index(m)], kind: .blankText))
            } else if !municipalities.insert(name.lowercased()).inserted {
                issues.append(WheelIssue(path: ["municipalities", .index(m)], kind: .duplicateMunicipality(name)))
            }
        }
        for (t, theme) in wheel.themes.enumerated() {
            let path: [PathComponent] = ["themes", .index(t)]
            note(theme.id, path)
            range(theme.quarter, WheelDate.quarters, path + ["quarter"])
            if theme.title.isBlank { issues.append(WheelIssue(path: path + ["title"], kind: .blankText)) }
        }
        for (e, event) in wheel.events.enumerated() {
            let path: [PathComponent] = ["events", .index(e)]
            note(event.id, path)
            let when = path + ["when"]
            switch event.when {
            case .fixed(let day, let month):
                if !WheelDate.months.contains(month) {
                    range(month, WheelDate.months, when + ["month"])
                } else if WheelDate(day: day, month: month) == nil {
                    issues.append(WheelIssue(path: when + ["day"], kind: .impossibleDate(day: day, month: month)))
                } else if day == 29 && month == 2 {
                    issues.append(WheelIssue(path: when + ["day"], kind: .leapDayOnly))
                }
            case .lastWorkingDayOfTertial(let tertial): range(tertial, WheelDate.tertials, when + ["tertial"])
            case .endOfQuarter(let quarter): range(quarter, WheelDate.quarters, when + ["quarter"])
            case .lastDayOfMonth(let month): range(month, WheelDate.months, when + ["month"])
            }
            if event.title.isBlank { issues.append(WheelIssue(path: path + ["title"], kind: .blankText)) }
            if case .indicator(let name) = event.link, name.isBlank {
                issues.append(WheelIssue(path: path + ["link", "indicator"], kind: .blankText))
            }
        }
        for fault in wheel.variants.faults(known: Set(wheel.variantPlaces.keys)) {
            issues.append(WheelIssue(path: fault.path, kind: fault.place.map { .unknownVariantPlace(language: fault.language, place: $0) } ?? .unsupportedLanguage(fault.language)))
        }
        return issues
    }
}
