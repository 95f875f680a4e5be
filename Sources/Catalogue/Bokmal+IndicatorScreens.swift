import AgreementKit

extension Bokmal {
    public func indicatorScreen(_ text: IndicatorScreenText) -> String {
        switch text {
        case .scorecardTitle(let unit, let year): "Styringskort – \(unit) \(year)"
        case .columnIndicator: "Indikator"
        case .columnTarget: "Mål"
        case .columnLast: "Siste"
        case .columnNational: "Landssnitt"
        case .columnStatus: "Status"
        case .columnTrend: "Utvikling"
        case .columnPeriod: "Periode"
        case .columnResult: "Resultat"
        case .columnMunicipality: "Kommunen"
        case .columnServiceArea: "Tj.område"
        case .columnSource: "Kilde"
        case .scorecardEmpty: "Avtalen har ingen målte indikatorer ennå."
        case .scorecardEmptyHint: "Velg en rad på hovedskjermen og trykk I for å måle den, eller a her når en rad har indikatorer."
        case .indicatorTitle(let name): "Indikator: \(name)"
        case .measuredIn(let unit, let better, let perspective): "Måles i \(unit) · \(better) · \(perspective)"
        case .baseline(let value, let period): "Utgangspunkt: \(value) (\(period))"
        case .noBaseline: "Utgangspunkt: –"
        case .goal(let row): "Mål for enheten: \(row)"
        case .chartTitle: "Utvikling"
        case .targetLegend: "mål"
        case .noValues: "Ingen verdier ennå – v legger inn et resultat, t et mål"
        case .earlierYears(let year, let from): "* før \(year): fjorårets avtale" + (from.map { " (\($0))" } ?? "")
        case .baselineMark: "utgangspunkt"
        case .rowIndicators: "Målte indikatorer"
        case .noMeasuredIndicators: "Ingen – I på hovedskjermen legger til en målt indikator"
        case .lastValue(let value, let period): "\(value) (\(period))"
        case .target(let value, let better): "mål \(better == .lower ? "≤" : "≥") \(value)"
        case .noResultYet: "ingen resultat ennå"
        case .noTargetSet: "uten mål"
        case .trend(let trend): trendWords(trend)
        }
    }

    private func trendWords(_ trend: Trend) -> String {
        let way = switch trend.direction {
        case .up: "opp"
        case .down: "ned"
        case .flat: "uendret"
        }
        guard let improving = trend.improving else { return way }
        return "\(way), \(improving ? "bedre" : "verre")"
    }

    public func indicatorPrompt(_ text: IndicatorPromptText) -> String {
        switch text {
        case .newIndicator(let row): "Ny målt indikator – \(row)"
        case .editIndicator(let name): "Indikator: \(name)"
        case .name: "Navn"
        case .unit: "Måles i (% · antall · poeng · dager · kr)"
        case .better: "Bedre er (lavere · høyere)"
        case .perspective: "Perspektiv (bruker · medarbeider · økonomi · samfunn · utvikling; tomt = ingen)"
        case .baselineValue: "Utgangspunkt (tall; tomt = ingen)"
        case .baselinePeriod: "Utgangspunktets periode"
        case .targetValue: "Mål (tall; tomt = legges inn senere)"
        case .targetPeriod: "Målets periode"
        case .newValue(let kind, let indicator):
            switch kind {
            case .result: "Nytt resultat – \(indicator)"
            case .target: "Nytt mål – \(indicator)"
            case .baseline: "Utgangspunkt – \(indicator)"
            case .national, .municipality, .serviceArea: "Ny sammenligning – \(indicator)"
            }
        case .editValue(let kind, let indicator, let period): "\(capitalized(valueKind(kind))) \(period) – \(indicator)"
        case .period: "Periode (2013 · 2013-T1 · 2013-Q1 · 2013-03; Q1 = i avtaleåret)"
        case .value: "Verdi (14,5 eller 14.5)"
        case .source: "Kilde"
        case .comparisonKind: "Sammenlignet med (landssnitt · kommunen · tjenesteområdet)"
        case .reads(let text): "Leses som: \(text)"
        case .notUnderstood: "Forstår ikke dette ennå"
        case .planLinksTitle(let row): "Handlingsplan – \(row)"
        case .amendPlanLinks(let row): "Endring av avtalen: handlingsplan – \(row)"
        case .filter: "Filter"
        }
    }

    public func indicatorInterface(_ text: IndicatorInterfaceText) -> String {
        switch text {
        case .noteValueSet(let indicator, let kind, let period, let value): "\(indicator): \(valueKind(kind)) \(self.period(period)) = \(value)"
        case .noteIndicatorAdded(let name): "ny målt indikator «\(name)»"
        case .noteIndicatorChanged(let name): "indikatoren «\(name)» endret"
        case .notePlanLinks(let codes): codes.isEmpty ? "handlingsplan: ingen koblinger" : "handlingsplan: \(codes.joined(separator: ", "))"
        case .chooseRowForIndicator: "Velg en rad i målruten først (indikatorer hører til en rad)"
        case .rowHasNoIndicator: "Raden har ingen målt indikator – I legger til en"
        case .chooseIndicator: "Velg en indikator først"
        case .noIndicators: "Avtalen har ingen målte indikatorer ennå – velg en rad og trykk I"
        case .unknownUnit(let text): "Ukjent enhet «\(text)» (skriv %, antall, poeng, dager eller kr)"
        case .unknownBetter(let text): "«\(text)»: skriv lavere eller høyere"
        case .unknownPerspective(let text): "Ukjent perspektiv «\(text)» (bruker, medarbeider, økonomi, samfunn, utvikling, eller tomt)"
        case .unknownComparison(let text): "«\(text)»: skriv landssnitt, kommunen eller tjenesteområdet"
        case .nameMissing: "Gi indikatoren et navn"
        case .valueMissing: "Skriv en verdi, f.eks. 14,5"
        case .unknownPlanCode(let code, let nearest):
            "Ukjent kode «\(code)» i handlingsplanen" + (nearest.isEmpty ? "" : " – mente du \(nearest.joined(separator: ", "))?")
        case .noPlanInStore: "Ingen handlingsplan i lageret (mappen plans/); «lederavtale init --sample» legger inn KUO 2018–2021"
        case .plansUnreadable(let first, let more): "Handlingsplan kan ikke leses: \(first)" + (more > 0 ? " (og \(more) til)" : "")
        case .noUnservedGoals: "Alle periodemål i planen har minst én enhet"
        case .linksChosen(let n): "\(n) \(n == 1 ? "kobling" : "koblinger") valgt – Enter lagrer, Esc avbryter"
        case .onePlanOnly: "Lageret har bare én handlingsplan"
        case .amendedValue(let indicator, let kind, let period): "Indikator «\(indicator)»: \(valueKind(kind)) \(self.period(period))"
        case .amendedIndicator(let name): "Indikator «\(name)»"
        }
    }

    public func indicatorExport(_ text: IndicatorExportText) -> String {
        switch text {
        case .scorecardHeading: "Styringskort"
        case .scorecardIntro: "Målte indikatorer etter perspektiv: mål, siste resultat, landssnitt og status. Status er regnet ut av mål og retning."
        case .columnPerspective: "Perspektiv"
        case .columnRow: "Mål for enheten"
        case .columnIndicator: "Indikator"
        case .columnTarget: "Mål"
        case .columnLast: "Siste resultat"
        case .columnNational: "Landssnitt"
        case .columnStatus: "Status"
        case .columnPeriod: "Periode"
        case .columnResult: "Resultat"
        case .columnMunicipality: "Kommunen"
        case .columnServiceArea: "Tjenesteområdet"
        case .columnSource: "Kilde"
        case .seriesHeading(let indicator, let row): "\(indicator) – \(row)"
        case .definition(let unit, let better, let perspective, let baseline):
            "Måles i \(unit) · \(better) · \(perspective)" + (baseline.map { " · utgangspunkt \($0)" } ?? "")
        case .chartDescription(let indicator, let points, let target):
            "Diagram: \(indicator), \(count(points, "verdi", "verdier")) over tid" + (target.map { "; stiplet linje: mål \($0)" } ?? "")
        case .chartTargetLabel(let value): "mål \(value)"
        case .measured(let summary): "Målt: \(summary)"
        case .planLinks(let links): "Handlingsplan: \(links)"
        case .csvMeasured: "Målte indikatorer"
        case .csvPlanLinks: "Handlingsplan"
        case .baselineMark: "utgangspunkt"
        }
    }
}
