import AgreementKit

extension English {
    public func sector(_ sector: Sector) -> String {
        switch sector {
        case .schools: "Schools"
        case .kindergartens: "Kindergartens"
        case .cultureSchool: "Culture school"
        case .educationalPsychologicalService: "Educational-psychological service (PPT)"
        }
    }

    public func plan(_ text: PlanText) -> String {
        switch text {
        case .title(let title, let id): "\(title) (\(id))"
        case .position(let n, let total): "plan \(n) of \(total) – Tab next"
        case .mainGoal(let number, let title): "Main goal \(number) \(title)"
        case .initiative(let code, let headline): "Initiative \(code) \(headline)"
        case .periodGoal(let code, let text): text.isEmpty ? code : "\(code) \(text)"
        case .servedBy(let unit, let year, let row): "\(unit) \(year) · \(row)"
        case .unserved: "no unit has goals for this"
        case .initiativeUnserved: "no unit has goals for the initiative"
        case .wholeInitiative: "for the whole initiative"
        case .unservedCount(let n, let total, let initiatives):
            "\(n) of \(total) period goals have no unit" + (initiatives > 0 ? " · \(initiatives) \(initiatives == 1 ? "initiative" : "initiatives") without any goal" : "")
        case .noPlans: "The store has no action plan (the folder plans/). “lederavtale init --sample” adds the KUO plan 2018–2021."
        case .chooserEntry(let code, let text): "\(code)  \(text)"
        case .chooserPeriodGoal(let code, let sector, let initiative): "\(code)  \(sector) · \(initiative)"
        case .noMatch: "No codes or texts match the filter"
        case .linkedMark: "linked"
        case .planWithoutLinks: "no links"
        case .unknownPlan(let id): "the row refers to an action plan “\(id)” that does not exist in plans/"
        case .unknownCode(let plan, let code, let nearest):
            "the row refers to “\(code)”, which does not exist in the action plan \(plan)" + (nearest.isEmpty ? "" : " (nearest: \(nearest.joined(separator: ", ")))")
        case .planIDMismatch(let found, let expected): "the plan's id “\(found)” must be the file name “\(expected)”"
        }
    }

    public func planIssue(_ issue: ActionPlanIssue.Kind) -> String {
        switch issue {
        case .badSlug(let id): "plan id “\(id)” must be lower-case letters a–z, digits and hyphens"
        case .badYears(let first, let last): "the period's years \(first)–\(last) are unreasonable or in the wrong order"
        case .emptyTitle: "the title is empty"
        case .emptyText: "the initiative has no text"
        case .badNumber(let n): "the main goal's number \(n) must be 1 or more"
        case .duplicateNumber(let n): "main goal \(n) is listed twice"
        case .badCode(let code): "the code “\(code)” does not follow the pattern (1.a for initiatives, S.1 for period goals)"
        case .sectorMismatch(let code, let sector): "the code “\(code)” does not fit the sector \(self.sector(sector)) (\(sector.codePrefix).n)"
        case .duplicateCode(let code): "the code “\(code)” is used twice in the plan"
        case .badID(let id): "invalid id “\(id)”"
        case .duplicateID(let id): "id “\(id)” is used twice in the plan"
        }
    }
}
