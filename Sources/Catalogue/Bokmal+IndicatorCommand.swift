import AgreementKit

extension Bokmal {
    public var indicatorAbstract: String { "Målte indikatorer: sett verdier, importer og eksporter dem som CSV." }
    public var indicatorDiscussion: String {
        """
        Verdiene hører til en målt indikator på en rad i en avtale. Raden nevnes med målnummeret \
        (1.1) når det er entydig, ellers med del og målområde (2.1/2) eller med radens plass \
        (2.2/3/2); radens id virker alltid. Indikatoren nevnes med navnet, starten av navnet \
        eller id-en. Perioder skrives 2013, 2013-T1, 2013-Q1 eller 2013-03; tall med komma eller punktum.
        """
    }
    public var indicatorSetAbstract: String { "Sett én verdi for en indikator." }
    public var indicatorSetDiscussion: String {
        """
        Eksempel: lederavtale indicator set eide 2.1/1 sykefravær --period 2013-Q1 --value 6 \
        --source "Personalsystemet". En verdi som finnes for perioden, erstattes; samme verdi to \
        ganger endrer ingenting. Mål og utgangspunkt er avtalt i Inngåelse: senere krever de \
        --reason og registreres som endring av avtalen. Finnes ikke indikatoren, lages den når \
        --unit og --better er gitt.
        """
    }
    public var indicatorImportAbstract: String { "Importer verdier fra en CSV-fil – alt eller ingenting." }
    public var indicatorImportDiscussion: String {
        """
        Første linje navngir kolonnene, i hvilken som helst rekkefølge, skilt med ; , eller tab:
          agreement  avtalens id (eller en entydig start av den)
          goal       raden: 1.1, 2.1/2 eller 2.2/3/2 (se «lederavtale help indicator»)
          indicator  indikatorens navn
          period     2013, 2013-T1, 2013-Q1 eller 2013-03
          value      tallet: 14,5 eller 14.5
          kind       result, target, baseline, national, municipality eller serviceArea \
        (resultat, mål, utgangspunkt, landssnitt, kommunen, tjenesteområdet); tom = result
          source     hvor tallet kommer fra (valgfri)
          unit       %, antall, poeng, dager eller kr – bare for å lage en ny indikator
          better     lavere eller høyere – bare for å lage en ny indikator
          perspective bruker, medarbeider, økonomi, samfunn eller utvikling (valgfri)
        De fire første og value må være med. Hele filen sjekkes før noe lagres: én feil, og ingenting \
        importeres; hver feil vises som fil:linje:kolonne: hvorfor. Så lagres én avtale om gangen \
        (hver lagring er atomisk). Samme fil importert på nytt endrer ingenting, så en import som \
        ble avbrutt, fullføres ved å kjøre den igjen.
        """
    }
    public var indicatorExportAbstract: String { "Skriv verdiene som CSV (samme kolonner som import)." }
    public var goalArgumentHelp: String { "Raden: 1.1, 2.1/2, 2.2/3/2 eller radens id." }
    public var indicatorArgumentHelp: String { "Indikatorens navn (eller starten av det, eller id)." }
    public var periodOptionHelp: String { "Perioden: 2013, 2013-T1, 2013-Q1 eller 2013-03." }
    public var valueOptionHelp: String { "Tallet, med komma eller punktum." }
    public var sourceOptionHelp: String { "Hvor tallet kommer fra." }
    public var kindOptionHelp: String { "result, target, baseline, national, municipality eller serviceArea (norske ord virker også)." }
    public var unitOptionHelp: String { "Måles i (%, antall, poeng, dager, kr): lager indikatoren om den ikke finnes." }
    public var betterOptionHelp: String { "lavere eller høyere er bedre: lager indikatoren om den ikke finnes." }
    public var reasonOptionHelp: String { "Begrunnelse når endringen er en endring av avtalen (mål etter Inngåelse)." }
    public var importFileHelp: String { "CSV-filen." }
    public var exportIDsHelp: String { "Avtalene (alle når ingen er nevnt)." }

    public func indicatorValueName(_ name: IndicatorValueName) -> String {
        switch name {
        case .goal: "mål"
        case .indicator: "indikator"
        case .period: "periode"
        case .number: "tall"
        case .kind: "type"
        case .source: "kilde"
        case .unit: "enhet"
        case .better: "retning"
        case .reason: "begrunnelse"
        case .file: "fil"
        case .agreements: "avtale"
        }
    }

    public func indicatorValueSet(agreement: String, goal: String, indicator: String, kind: IndicatorValueKind, period: Period, value: String) -> String {
        "\(agreement) \(goal) \(indicator): \(valueKind(kind)) \(self.period(period)) = \(value)"
    }

    public func indicatorValueUnchanged(agreement: String) -> String { "\(agreement): verdien var allerede slik – ingenting endret" }

    public func indicatorImported(values: Int, agreements: Int, unchanged: Int) -> String {
        "importerte \(count(values, "verdi", "verdier")) i \(count(agreements, "avtale", "avtaler"))"
            + (unchanged > 0 ? " (\(count(unchanged, "verdi", "verdier")) var der fra før)" : "")
    }

    public func indicatorImportRefused(problems: Int) -> String {
        "ingenting importert: \(count(problems, "feil", "feil")) i filen"
    }

    public func indicatorImportSaved(_ id: String) -> String { "lagret \(id)" }

    public func indicatorCSVProblem(_ problem: IndicatorCSVProblem) -> String {
        switch problem {
        case .empty: "filen er tom"
        case .headerMissing(let expected): "første linje må navngi kolonnene, f.eks. \(expected.joined(separator: ";"))"
        case .unknownColumn(let name, let known): "ukjent kolonne «\(name)» (kjente: \(known.joined(separator: ", ")))"
        case .duplicateColumn(let name): "kolonnen «\(name)» står to ganger"
        case .missingColumn(let name): "kolonnen «\(name)» mangler"
        case .fieldCount(let found, let expected): "\(count(found, "felt", "felt")), men overskriften har \(expected)"
        case .unterminatedQuote: "et felt i anførselstegn slutter aldri"
        case .unknownAgreement(let id, let suggestions):
            "fant ingen avtale «\(id)»" + (suggestions.isEmpty ? "" : " – mente du: \(suggestions.joined(separator: ", "))?")
        case .ambiguousAgreement(let id, let candidates): "fant ingen entydig avtale «\(id)» – mente du: \(candidates.joined(separator: ", "))?"
        case .unreadableAgreement(let reason): reason
        case .unknownGoal(let goal, let agreement, let known):
            "fant ingen rad «\(goal)» i \(agreement)" + (known.isEmpty ? "" : " (radene: \(known.prefix(8).joined(separator: ", "))\(known.count > 8 ? " …" : ""))")
        case .ambiguousGoal(let goal, let candidates): "«\(goal)» passer flere rader: \(candidates.joined(separator: ", "))"
        case .unknownIndicator(let name, let goal, let known):
            "raden \(goal) har ingen indikator «\(name)»" + (known.isEmpty ? " (ingen målte indikatorer; gi unit og better for å lage den)" : " (har: \(known.joined(separator: ", ")))")
        case .ambiguousIndicator(let name, let candidates): "«\(name)» passer flere indikatorer: \(candidates.joined(separator: ", "))"
        case .newIndicatorNeedsUnit(let name): "indikatoren «\(name)» finnes ikke; gi unit og better for å lage den"
        case .badPeriod(let text, let year): periodProblem(text, year: year)
        case .badNumber(let problem): numberProblem(problem)
        case .badKind(let text): "ukjent type «\(text)» (result, target, baseline, national, municipality, serviceArea)"
        case .badUnit(let text): "ukjent enhet «\(text)» (%, antall, poeng, dager, kr)"
        case .badBetter(let text): "«\(text)»: better må være lavere eller høyere"
        case .badPerspective(let text): "ukjent perspektiv «\(text)»"
        case .conflicting(let first): "samme verdi er gitt med et annet tall på linje \(first)"
        case .notEditable(let reason): reason
        case .needsReason(let phase): "avtalen er i \(self.phase(phase)): dette er en endring av avtalen og krever --reason"
        case .locked(let holder): "avtalen er åpen i en annen økt (\(holder)); lukk den først"
        }
    }
}
