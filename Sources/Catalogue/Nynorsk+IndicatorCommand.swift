import AgreementKit

extension Nynorsk {
    public var indicatorAbstract: String { "Målte indikatorar: set verdiar, importer og eksporter dei som CSV." }
    public var indicatorDiscussion: String {
        """
        Verdiane høyrer til ein målt indikator på ei rad i ein avtale. Rada blir nemnd med målnummeret \
        (1.1) når det er eintydig, elles med del og målområde (2.1/2) eller med plassen til rada \
        (2.2/3/2); id-en til rada verkar alltid. Indikatoren blir nemnd med namnet, starten av namnet \
        eller id-en. Periodar blir skrivne 2013, 2013-T1, 2013-Q1 eller 2013-03; tal med komma eller punktum.
        """
    }
    public var indicatorSetAbstract: String { "Set éin verdi for ein indikator." }
    public var indicatorSetDiscussion: String {
        """
        Døme: lederavtale indicator set eide 2.1/1 sykefravær --period 2013-Q1 --value 6 \
        --source "Personalsystemet". Ein verdi som finst for perioden, blir erstatta; same verdi to \
        gonger endrar ingenting. Mål og utgangspunkt er avtalte i Inngåing: seinare krev dei \
        --reason og blir registrerte som endring av avtalen. Finst ikkje indikatoren, blir han laga når \
        --unit og --better er gitt.
        """
    }
    public var indicatorImportAbstract: String { "Importer verdiar frå ei CSV-fil – alt eller ingenting." }
    public var indicatorImportDiscussion: String {
        """
        Første linje namngir kolonnane, i kva rekkjefølgje som helst, skilde med ; , eller tab:
          agreement  id-en til avtalen (eller ein eintydig start av han)
          goal       rada: 1.1, 2.1/2 eller 2.2/3/2 (sjå «lederavtale help indicator»)
          indicator  namnet på indikatoren
          period     2013, 2013-T1, 2013-Q1 eller 2013-03
          value      talet: 14,5 eller 14.5
          kind       result, target, baseline, national, municipality eller serviceArea \
        (resultat, mål, utgangspunkt, landssnitt, kommunen, tenesteområdet); tom = result
          source     kvar talet kjem frå (valfri)
          unit       %, tal, poeng, dagar eller kr – berre for å lage ein ny indikator
          better     lågare eller høgare – berre for å lage ein ny indikator
          perspective brukar, medarbeidar, økonomi, samfunn eller utvikling (valfri)
        Dei fire første og value må vere med. Heile fila blir sjekka før noko blir lagra: éin feil, og \
        ingenting blir importert; kvar feil blir vist som fil:linje:kolonne: kvifor. Så blir éin avtale \
        lagra om gongen (kvar lagring er atomisk). Same fil importert på nytt endrar ingenting, så ein \
        import som vart avbroten, blir fullført ved å køyre han igjen.
        """
    }
    public var indicatorExportAbstract: String { "Skriv verdiane som CSV (same kolonnar som import)." }
    public var goalArgumentHelp: String { "Rada: 1.1, 2.1/2, 2.2/3/2 eller id-en til rada." }
    public var indicatorArgumentHelp: String { "Namnet på indikatoren (eller starten av det, eller id)." }
    public var periodOptionHelp: String { "Perioden: 2013, 2013-T1, 2013-Q1 eller 2013-03." }
    public var valueOptionHelp: String { "Talet, med komma eller punktum." }
    public var sourceOptionHelp: String { "Kvar talet kjem frå." }
    public var kindOptionHelp: String { "result, target, baseline, national, municipality eller serviceArea (norske ord verkar òg)." }
    public var unitOptionHelp: String { "Blir målt i (%, tal, poeng, dagar, kr): lagar indikatoren om han ikkje finst." }
    public var betterOptionHelp: String { "lågare eller høgare er betre: lagar indikatoren om han ikkje finst." }
    public var reasonOptionHelp: String { "Grunngiving når endringa er ei endring av avtalen (mål etter Inngåing)." }
    public var importFileHelp: String { "CSV-fila." }
    public var exportIDsHelp: String { "Avtalane (alle når ingen er nemnde)." }

    public func indicatorValueName(_ name: IndicatorValueName) -> String {
        switch name {
        case .goal: "mål"
        case .indicator: "indikator"
        case .period: "periode"
        case .number: "tal"
        case .kind: "type"
        case .source: "kjelde"
        case .unit: "eining"
        case .better: "retning"
        case .reason: "grunngiving"
        case .file: "fil"
        case .agreements: "avtale"
        }
    }

    public func indicatorValueSet(agreement: String, goal: String, indicator: String, kind: IndicatorValueKind, period: Period, value: String) -> String {
        "\(agreement) \(goal) \(indicator): \(valueKind(kind)) \(self.period(period)) = \(value)"
    }

    public func indicatorValueUnchanged(agreement: String) -> String { "\(agreement): verdien var slik frå før – ingenting endra" }

    public func indicatorImported(values: Int, agreements: Int, unchanged: Int) -> String {
        "importerte \(count(values, "verdi", "verdiar")) i \(count(agreements, "avtale", "avtalar"))"
            + (unchanged > 0 ? " (\(count(unchanged, "verdi", "verdiar")) var der frå før)" : "")
    }

    public func indicatorImportRefused(problems: Int) -> String {
        "ingenting importert: \(count(problems, "feil", "feil")) i fila"
    }

    public func indicatorImportSaved(_ id: String) -> String { "lagra \(id)" }

    public func indicatorCSVProblem(_ problem: IndicatorCSVProblem) -> String {
        switch problem {
        case .empty: "fila er tom"
        case .headerMissing(let expected): "første linje må namngi kolonnane, t.d. \(expected.joined(separator: ";"))"
        case .unknownColumn(let name, let known): "ukjend kolonne «\(name)» (kjende: \(known.joined(separator: ", ")))"
        case .duplicateColumn(let name): "kolonnen «\(name)» står to gonger"
        case .missingColumn(let name): "kolonnen «\(name)» manglar"
        case .fieldCount(let found, let expected): "\(count(found, "felt", "felt")), men overskrifta har \(expected)"
        case .unterminatedQuote: "eit felt i hermeteikn sluttar aldri"
        case .unknownAgreement(let id, let suggestions):
            "fann ingen avtale «\(id)»" + (suggestions.isEmpty ? "" : " – meinte du: \(suggestions.joined(separator: ", "))?")
        case .ambiguousAgreement(let id, let candidates): "fann ingen eintydig avtale «\(id)» – meinte du: \(candidates.joined(separator: ", "))?"
        case .unreadableAgreement(let reason): reason
        case .unknownGoal(let goal, let agreement, let known):
            "fann inga rad «\(goal)» i \(agreement)" + (known.isEmpty ? "" : " (radene: \(known.prefix(8).joined(separator: ", "))\(known.count > 8 ? " …" : ""))")
        case .ambiguousGoal(let goal, let candidates): "«\(goal)» passar fleire rader: \(candidates.joined(separator: ", "))"
        case .unknownIndicator(let name, let goal, let known):
            "rada \(goal) har ingen indikator «\(name)»" + (known.isEmpty ? " (ingen målte indikatorar; gi unit og better for å lage han)" : " (har: \(known.joined(separator: ", ")))")
        case .ambiguousIndicator(let name, let candidates): "«\(name)» passar fleire indikatorar: \(candidates.joined(separator: ", "))"
        case .newIndicatorNeedsUnit(let name): "indikatoren «\(name)» finst ikkje; gi unit og better for å lage han"
        case .badPeriod(let text, let year): periodProblem(text, year: year)
        case .badNumber(let problem): numberProblem(problem)
        case .badKind(let text): "ukjend type «\(text)» (result, target, baseline, national, municipality, serviceArea)"
        case .badUnit(let text): "ukjend eining «\(text)» (%, tal, poeng, dagar, kr)"
        case .badBetter(let text): "«\(text)»: better må vere lågare eller høgare"
        case .badPerspective(let text): "ukjend perspektiv «\(text)»"
        case .conflicting(let first): "same verdi er gitt med eit anna tal på linje \(first)"
        case .notEditable(let reason): reason
        case .needsReason(let phase): "avtalen er i \(self.phase(phase)): dette er ei endring av avtalen og krev --reason"
        case .locked(let holder): "avtalen er open i ei anna økt (\(holder)); lukk ho først"
        }
    }
}
