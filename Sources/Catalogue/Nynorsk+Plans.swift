import AgreementKit

extension Nynorsk {
    public func sector(_ sector: Sector) -> String {
        switch sector {
        case .schools: "Skulane"
        case .kindergartens: "Barnehagane"
        case .cultureSchool: "Kulturskulen"
        case .educationalPsychologicalService: "PPT"
        }
    }

    public func plan(_ text: PlanText) -> String {
        switch text {
        case .title(let title, let id): "\(title) (\(id))"
        case .position(let n, let total): "plan \(n) av \(total) – Tab neste"
        case .mainGoal(let number, let title): "Hovudmål \(number) \(title)"
        case .initiative(let code, let headline): "Satsing \(code) \(headline)"
        case .periodGoal(let code, let text): text.isEmpty ? code : "\(code) \(text)"
        case .servedBy(let unit, let year, let row): "\(unit) \(year) · \(row)"
        case .unserved: "inga eining har mål for dette"
        case .initiativeUnserved: "inga eining har mål for satsinga"
        case .wholeInitiative: "for heile satsinga"
        case .unservedCount(let n, let total, let initiatives):
            "\(n) av \(total) periodemål har inga eining" + (initiatives > 0 ? " · \(initiatives) \(initiatives == 1 ? "satsing" : "satsingar") utan noko mål" : "")
        case .noPlans: "Lageret har ingen handlingsplan (mappa plans/). «lederavtale init --sample» legg inn KUO-planen 2018–2021."
        case .chooserEntry(let code, let text): "\(code)  \(text)"
        case .chooserPeriodGoal(let code, let sector, let initiative): "\(code)  \(sector) · \(initiative)"
        case .noMatch: "Ingen kodar eller tekstar passar filteret"
        case .linkedMark: "kopla"
        case .planWithoutLinks: "ingen koplingar"
        case .unknownPlan(let id): "rada viser til ein handlingsplan «\(id)» som ikkje finst i plans/"
        case .unknownCode(let plan, let code, let nearest):
            "rada viser til «\(code)», som ikkje finst i handlingsplanen \(plan)" + (nearest.isEmpty ? "" : " (nærast: \(nearest.joined(separator: ", ")))")
        case .planIDMismatch(let found, let expected): "id-en til planen «\(found)» skal vere filnamnet «\(expected)»"
        }
    }

    public func planIssue(_ issue: ActionPlanIssue.Kind) -> String {
        switch issue {
        case .badSlug(let id): "plan-id «\(id)» må vere små bokstavar a–z, siffer og bindestrek"
        case .badYears(let first, let last): "åra for perioden \(first)–\(last) er urimelege eller i feil rekkjefølgje"
        case .emptyTitle: "tittelen er tom"
        case .emptyText: "satsinga manglar tekst"
        case .badNumber(let n): "nummeret \(n) på hovudmålet må vere 1 eller meir"
        case .duplicateNumber(let n): "hovudmål \(n) står to gonger"
        case .badCode(let code): "koden «\(code)» følgjer ikkje mønsteret (1.a for satsingar, S.1 for periodemål)"
        case .sectorMismatch(let code, let sector): "koden «\(code)» passar ikkje til sektoren \(self.sector(sector)) (\(sector.codePrefix).n)"
        case .duplicateCode(let code): "koden «\(code)» blir brukt to gonger i planen"
        case .badID(let id): "ugyldig id «\(id)»"
        case .duplicateID(let id): "id «\(id)» blir brukt to gonger i planen"
        }
    }
}
