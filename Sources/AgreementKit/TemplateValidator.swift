/// Checks a template's content beyond what decoding checks: its name, year, ids and texts.
public enum TemplateValidator {
    /// Every fault found, in file order; paths start at the template object.
    public static func validate(_ template: Template) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        var ids = IDRegister()
        func note(_ id: ItemID, _ path: [PathComponent]) {
            switch ids.note(id, at: path) {
            case .invalid?: issues.append(ValidationIssue(path: path + ["id"], kind: .invalidItemID(id.rawValue)))
            case .duplicate(let first)?: issues.append(ValidationIssue(path: path + ["id"], kind: .duplicateItemID(id.rawValue, firstAt: AgreementValidator.render(first))))
            case nil: break
            }
        }
        if !Slug.isValid(template.name) {
            issues.append(ValidationIssue(path: ["name"], kind: .invalidTemplateName(template.name)))
        }
        if template.municipality.isBlank {
            issues.append(ValidationIssue(path: ["municipality"], kind: .municipalityWithoutName))
        }
        if !(1900...2200).contains(template.year) {
            issues.append(ValidationIssue(path: ["year"], kind: .unreasonableYear(template.year)))
        }
        for (i, task) in template.checklist.enumerated() {
            note(task.id, ["checklist", .index(i)])
            if task.task.isBlank { issues.append(ValidationIssue(path: ["checklist", .index(i), "task"], kind: .taskWithoutText)) }
        }
        func areas(_ areas: [TemplateGoalArea], _ path: [PathComponent]) {
            for (a, area) in areas.enumerated() {
                let areaPath = path + [.index(a)]
                note(area.id, areaPath)
                if area.title.isBlank && area.subGoals.isEmpty {
                    issues.append(ValidationIssue(path: areaPath + ["title"], kind: .goalAreaWithoutTitle))
                }
                for (s, goal) in area.subGoals.enumerated() { note(goal.id, areaPath + ["subGoals", .index(s)]) }
                for (r, row) in area.rows.enumerated() {
                    let rowPath = areaPath + ["rows", .index(r)]
                    note(row.id, rowPath)
                    for (m, measure) in row.measures.enumerated() { note(measure.id, rowPath + ["measures", .index(m)]) }
                    for (s, support) in row.support.enumerated() { note(support.id, rowPath + ["support", .index(s)]) }
                }
            }
        }
        areas(template.commonGoalAreas, ["commonGoalAreas"])
        for (s, serviceArea) in template.serviceAreas.enumerated() {
            areas(serviceArea.goalAreas, ["serviceAreas", .index(s), "goalAreas"])
        }
        return issues
    }
}
