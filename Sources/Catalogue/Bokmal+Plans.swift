import AgreementKit

extension Bokmal {
    public func sector(_ sector: Sector) -> String {
        switch sector {
        case .schools: "Skolene"
        case .kindergartens: "Barnehagene"
        case .cultureSchool: "Kulturskolen"
        case .educationalPsychologicalService: "PPT"
        }
    }

    public func plan(_ text: PlanText) -> String {
        switch text {
        case .title(let title, let id): "\(title) (\(id))"
        case .position(let n, let total): "plan \(n) av \(total) – Tab neste"
        case .mainGoal(let number, let title): "Hovedmål \(number) \(title)"
        case .initiative(let code, let headline): "Satsing \(code) \(headline)"
        case .periodGoal(let code, let text): text.isEmpty ? code : "\(code) \(text)"
        case .servedBy(let unit, let year, let row): "\(unit) \(year) · \(row)"
        case .unserved: "ingen enhet har mål for dette"
        case .initiativeUnserved: "ingen enhet har mål for satsingen"
        case .wholeInitiative: "for hele satsingen"
        case .unservedCount(let n, let total, let initiatives):
            "\(n) av \(total) periodemål har ingen enhet" + (initiatives > 0 ? " · \(initiatives) \(initiatives == 1 ? "satsing" : "satsinger") uten noe mål" : "")
        case .noPlans: "Lageret har ingen handlingsplan (mappen plans/). «lederavtale init --sample» legger inn KUO-planen 2018–2021."
        case .chooserEntry(let code, let text): "\(code)  \(text)"
        case .chooserPeriodGoal(let code, let sector, let initiative): "\(code)  \(sector) · \(initiative)"
        case .noMatch: "Ingen koder eller tekster passer filteret"
        case .linkedMark: "koblet"
        case .planWithoutLinks: "ingen koblinger"
        case .unknownPlan(let id): "raden viser til en handlingsplan «\(id)» som ikke finnes i plans/"
        case .unknownCode(let plan, let code, let nearest):
            "raden viser til «\(code)», som ikke finnes i handlingsplanen \(plan)" + (nearest.isEmpty ? "" : " (nærmeste: \(nearest.joined(separator: ", ")))")
        case .planIDMismatch(let found, let expected): "planens id «\(found)» skal være filnavnet «\(expected)»"
        }
    }

    public func planIssue(_ issue: ActionPlanIssue.Kind) -> String {
        switch issue {
        case .badSlug(let id): "plan-id «\(id)» må være små bokstaver a–z, sifre og bindestrek"
        case .badYears(let first, let last): "periodens år \(first)–\(last) er urimelige eller i feil rekkefølge"
        case .emptyTitle: "tittelen er tom"
        case .emptyText: "satsingen mangler tekst"
        case .badNumber(let n): "hovedmålets nummer \(n) må være 1 eller mer"
        case .duplicateNumber(let n): "hovedmål \(n) står to ganger"
        case .badCode(let code): "koden «\(code)» følger ikke mønsteret (1.a for satsinger, S.1 for periodemål)"
        case .sectorMismatch(let code, let sector): "koden «\(code)» passer ikke til sektoren \(self.sector(sector)) (\(sector.codePrefix).n)"
        case .duplicateCode(let code): "koden «\(code)» brukes to ganger i planen"
        case .badID(let id): "ugyldig id «\(id)»"
        case .duplicateID(let id): "id «\(id)» brukes to ganger i planen"
        }
    }
}
