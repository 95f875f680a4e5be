/// Checks an action plan's content beyond what decoding checks: ids, codes, numbers, titles and years.
public enum ActionPlanValidator {
    /// Every fault found, in file order.
    public static func validate(_ plan: ActionPlan) -> [ActionPlanIssue] {
        var issues: [ActionPlanIssue] = []
        var seenIDs: Set<ItemID> = []
        var seenCodes: Set<String> = []
        var seenNumbers: Set<Int> = []

        func note(_ id: ItemID, _ path: [PathComponent]) {
            if id.rawValue.isEmpty || id.rawValue.contains(where: { $0.isWhitespace || $0.isNewline }) {
                issues.append(ActionPlanIssue(path: path + ["id"], kind: .badID(id.rawValue)))
            } else if !seenIDs.insert(id).inserted {
                issues.append(ActionPlanIssue(path: path + ["id"], kind: .duplicateID(id.rawValue)))
            }
        }
        func noteCode(_ code: String, _ path: [PathComponent]) {
            if !seenCodes.insert(code).inserted {
                issues.append(ActionPlanIssue(path: path + ["code"], kind: .duplicateCode(code)))
            }
        }

        if !Slug.isValid(plan.id) {
            issues.append(ActionPlanIssue(path: ["id"], kind: .badSlug(plan.id)))
        }
        if plan.title.isBlank {
            issues.append(ActionPlanIssue(path: ["title"], kind: .emptyTitle))
        }
        let years = 1900...2200
        if !years.contains(plan.firstYear) || !years.contains(plan.lastYear) || plan.firstYear > plan.lastYear {
            issues.append(ActionPlanIssue(path: ["firstYear"], kind: .badYears(first: plan.firstYear, last: plan.lastYear)))
        }
        for (g, goal) in plan.mainGoals.enumerated() {
            let goalPath: [PathComponent] = ["mainGoals", .index(g)]
            note(goal.id, goalPath)
            if goal.number < 1 {
                issues.append(ActionPlanIssue(path: goalPath + ["number"], kind: .badNumber(goal.number)))
            } else if !seenNumbers.insert(goal.number).inserted {
                issues.append(ActionPlanIssue(path: goalPath + ["number"], kind: .duplicateNumber(goal.number)))
            }
            if goal.title.isBlank {
                issues.append(ActionPlanIssue(path: goalPath + ["title"], kind: .emptyTitle))
            }
            for (i, initiative) in goal.initiatives.enumerated() {
                let initiativePath = goalPath + ["initiatives", .index(i)]
                note(initiative.id, initiativePath)
                if !isInitiativeCode(initiative.code, mainGoal: goal.number) {
                    issues.append(ActionPlanIssue(path: initiativePath + ["code"], kind: .badCode(initiative.code)))
                }
                noteCode(initiative.code, initiativePath)
                if initiative.text.isBlank {
                    issues.append(ActionPlanIssue(path: initiativePath + ["text"], kind: .emptyText))
                }
                for (p, periodGoal) in initiative.periodGoals.enumerated() {
                    let periodPath = initiativePath + ["periodGoals", .index(p)]
                    note(periodGoal.id, periodPath)
                    if periodGoal.number == nil {
                        issues.append(ActionPlanIssue(path: periodPath + ["code"], kind: .badCode(periodGoal.code)))
                    } else if periodGoal.code.first != periodGoal.sector.codePrefix {
                        issues.append(ActionPlanIssue(path: periodPath + ["code"], kind: .sectorMismatch(code: periodGoal.code, sector: periodGoal.sector)))
                    }
                    noteCode(periodGoal.code, periodPath)
                }
            }
        }
        return issues
    }

    /// True if `code` is the main goal's number, a dot and one lower-case ASCII letter ("1.a").
    static func isInitiativeCode(_ code: String, mainGoal number: Int) -> Bool {
        let prefix = "\(number)."
        guard code.hasPrefix(prefix) else { return false }
        let rest = code.dropFirst(prefix.count)
        return rest.count == 1 && rest.allSatisfy { $0.isASCII && $0.isLowercase }
    }
}
