/// Checks an agreement's content beyond what decoding checks: ids, links, years and dates.
public enum AgreementValidator {
    /// Every fault found, errors and warnings, in file order.
    public static func validate(_ agreement: Agreement) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        var seen: [ItemID: [PathComponent]] = [:]

        func note(_ id: ItemID, _ path: [PathComponent]) {
            if id.rawValue.isEmpty || id.rawValue.contains(where: { $0.isWhitespace || $0.isNewline }) {
                issues.append(ValidationIssue(path: path + ["id"], kind: .invalidItemID(id.rawValue)))
            } else if let first = seen[id] {
                issues.append(ValidationIssue(path: path + ["id"], kind: .duplicateItemID(id.rawValue, firstAt: render(first))))
            } else {
                seen[id] = path
            }
        }

        if !Slug.isValid(agreement.id) {
            issues.append(ValidationIssue(path: ["id"], kind: .invalidAgreementID(agreement.id)))
        }
        if !(1900...2200).contains(agreement.header.year) {
            issues.append(ValidationIssue(path: ["header", "year"], kind: .unreasonableYear(agreement.header.year)))
        }
        if agreement.header.unit.isBlank {
            issues.append(ValidationIssue(path: ["header", "unit"], kind: .unitWithoutName))
        }
        for (i, item) in agreement.checklist.enumerated() {
            note(item.id, ["checklist", .index(i)])
        }
        for (a, area) in agreement.goalAreas.enumerated() {
            let areaPath: [PathComponent] = ["goalAreas", .index(a)]
            note(area.id, areaPath)
            if area.title.isBlank && area.subGoals.isEmpty {
                issues.append(ValidationIssue(path: areaPath + ["title"], kind: .goalAreaWithoutTitle))
            }
            for (s, goal) in area.subGoals.enumerated() { note(goal.id, areaPath + ["subGoals", .index(s)]) }
            for (r, row) in area.rows.enumerated() {
                let rowPath = areaPath + ["rows", .index(r)]
                note(row.id, rowPath)
                for (m, measure) in row.measures.enumerated() { note(measure.id, rowPath + ["measures", .index(m)]) }
                for (s, item) in row.support.enumerated() { note(item.id, rowPath + ["support", .index(s)]) }
                for (i, indicator) in row.indicators.enumerated() {
                    let indicatorPath = rowPath + ["indicators", .index(i)]
                    note(indicator.id, indicatorPath)
                    issues += IndicatorValidator.validate(indicator, at: indicatorPath)
                }
                for (l, link) in row.planLinks.enumerated() where PlanLink(text: link.description) != link {
                    issues.append(ValidationIssue(path: rowPath + ["planLinks", .index(l)], kind: .invalidPlanLink(link.description)))
                }
                let measureIDs = Set(row.measures.map(\.id))
                for (l, entry) in row.log.enumerated() {
                    let entryPath = rowPath + ["log", .index(l)]
                    note(entry.id, entryPath)
                    if let link = entry.measureID, !measureIDs.contains(link) {
                        issues.append(ValidationIssue(path: entryPath + ["measureID"], kind: .logLinksMissingMeasure(link.rawValue)))
                    }
                    // Years from a file may be anything; compare without overflowing.
                    let (difference, overflow) = entry.date.year.subtractingReportingOverflow(agreement.header.year)
                    if overflow || difference.magnitude > 1 {
                        issues.append(ValidationIssue(path: entryPath + ["date"], kind: .logDateOutsideYear(entry.date, year: agreement.header.year), severity: .warning))
                    }
                }
            }
        }
        return issues
    }

    /// A path written the way `check` prints it: `goalAreas[2].rows[0].id`.
    public static func render(_ path: [PathComponent]) -> String {
        var out = ""
        for component in path {
            switch component {
            case .key(let k): out += out.isEmpty ? k : ".\(k)"
            case .index(let i): out += "[\(i)]"
            }
        }
        return out
    }
}
