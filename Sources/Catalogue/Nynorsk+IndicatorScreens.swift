import AgreementKit

extension Nynorsk {
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
        case .columnServiceArea: "Ten.område"
        case .columnSource: "Kjelde"
        case .scorecardEmpty: "Avtalen har ingen målte indikatorar enno."
        case .scorecardEmptyHint: "Vel ei rad på hovudskjermen og trykk I for å måle ho, eller a her når ei rad har indikatorar."
        case .indicatorTitle(let name): "Indikator: \(name)"
        case .measuredIn(let unit, let better, let perspective): "Blir målt i \(unit) · \(better) · \(perspective)"
        case .baseline(let value, let period): "Utgangspunkt: \(value) (\(period))"
        case .noBaseline: "Utgangspunkt: –"
        case .goal(let row): "Mål for eininga: \(row)"
        case .chartTitle: "Utvikling"
        case .targetLegend: "mål"
        case .noValues: "Ingen verdiar enno – v legg inn eit resultat, t eit mål"
        case .earlierYears(let year, let from): "* før \(year): fjorårsavtalen" + (from.map { " (\($0))" } ?? "")
        case .baselineMark: "utgangspunkt"
        case .rowIndicators: "Målte indikatorar"
        case .noMeasuredIndicators: "Ingen – I på hovudskjermen legg til ein målt indikator"
        case .lastValue(let value, let period): "\(value) (\(period))"
        case .target(let value, let better): "mål \(better == .lower ? "≤" : "≥") \(value)"
        case .noResultYet: "ingen resultat enno"
        case .noTargetSet: "utan mål"
        case .trend(let trend): trendWords(trend)
        }
    }

    private func trendWords(_ trend: Trend) -> String {
        let way = switch trend.direction {
        case .up: "opp"
        case .down: "ned"
        case .flat: "uendra"
        }
        guard let improving = trend.improving else { return way }
        return "\(way), \(improving ? "betre" : "verre")"
    }

    public func indicatorPrompt(_ text: IndicatorPromptText) -> String {
        switch text {
        case .newIndicator(let row): "Ny målt indikator – \(row)"
        case .editIndicator(let name): "Indikator: \(name)"
        case .name: "Namn"
        case .unit: "Blir målt i (% · tal · poeng · dagar · kr)"
        case .better: "Betre er (lågare · høgare)"
        case .perspective: "Perspektiv (brukar · medarbeidar · økonomi · samfunn · utvikling; tomt = ingen)"
        case .baselineValue: "Utgangspunkt (tal; tomt = ingen)"
        case .baselinePeriod: "Perioden for utgangspunktet"
        case .targetValue: "Mål (tal; tomt = blir lagt inn seinare)"
        case .targetPeriod: "Perioden for målet"
        case .newValue(let kind, let indicator):
            switch kind {
            case .result: "Nytt resultat – \(indicator)"
            case .target: "Nytt mål – \(indicator)"
            case .baseline: "Utgangspunkt – \(indicator)"
            case .national, .municipality, .serviceArea: "Ny samanlikning – \(indicator)"
            }
        case .editValue(let kind, let indicator, let period): "\(capitalized(valueKind(kind))) \(period) – \(indicator)"
        case .period: "Periode (2013 · 2013-T1 · 2013-Q1 · 2013-03; Q1 = i avtaleåret)"
        case .value: "Verdi (14,5 eller 14.5)"
        case .source: "Kjelde"
        case .comparisonKind: "Samanlikna med (landssnitt · kommunen · tenesteområdet)"
        case .reads(let text): "Blir lese som: \(text)"
        case .notUnderstood: "Forstår ikkje dette enno"
        case .planLinksTitle(let row): "Handlingsplan – \(row)"
        case .amendPlanLinks(let row): "Endring av avtalen: handlingsplan – \(row)"
        case .filter: "Filter"
        }
    }

    public func indicatorInterface(_ text: IndicatorInterfaceText) -> String {
        switch text {
        case .noteValueSet(let indicator, let kind, let period, let value): "\(indicator): \(valueKind(kind)) \(self.period(period)) = \(value)"
        case .noteIndicatorAdded(let name): "ny målt indikator «\(name)»"
        case .noteIndicatorChanged(let name): "indikatoren «\(name)» endra"
        case .notePlanLinks(let codes): codes.isEmpty ? "handlingsplan: ingen koplingar" : "handlingsplan: \(codes.joined(separator: ", "))"
        case .chooseRowForIndicator: "Vel ei rad i målruta først (indikatorar høyrer til ei rad)"
        case .rowHasNoIndicator: "Rada har ingen målt indikator – I legg til ein"
        case .chooseIndicator: "Vel ein indikator først"
        case .noIndicators: "Avtalen har ingen målte indikatorar enno – vel ei rad og trykk I"
        case .unknownUnit(let text): "Ukjend eining «\(text)» (skriv %, tal, poeng, dagar eller kr)"
        case .unknownBetter(let text): "«\(text)»: skriv lågare eller høgare"
        case .unknownPerspective(let text): "Ukjend perspektiv «\(text)» (brukar, medarbeidar, økonomi, samfunn, utvikling, eller tomt)"
        case .unknownComparison(let text): "«\(text)»: skriv landssnitt, kommunen eller tenesteområdet"
        case .nameMissing: "Gi indikatoren eit namn"
        case .valueMissing: "Skriv ein verdi, t.d. 14,5"
        case .unknownPlanCode(let code, let nearest):
            "Ukjend kode «\(code)» i handlingsplanen" + (nearest.isEmpty ? "" : " – meinte du \(nearest.joined(separator: ", "))?")
        case .noPlanInStore: "Ingen handlingsplan i lageret (mappa plans/); «lederavtale init --sample» legg inn KUO 2018–2021"
        case .plansUnreadable(let first, let more): "Handlingsplan kan ikkje lesast: \(first)" + (more > 0 ? " (og \(more) til)" : "")
        case .noUnservedGoals: "Alle periodemål i planen har minst éi eining"
        case .linksChosen(let n): "\(n) \(n == 1 ? "kopling" : "koplingar") valde – Enter lagrar, Esc avbryt"
        case .onePlanOnly: "Lageret har berre éin handlingsplan"
        case .amendedValue(let indicator, let kind, let period): "Indikator «\(indicator)»: \(valueKind(kind)) \(self.period(period))"
        case .amendedIndicator(let name): "Indikator «\(name)»"
        }
    }

    public func indicatorExport(_ text: IndicatorExportText) -> String {
        switch text {
        case .scorecardHeading: "Styringskort"
        case .scorecardIntro: "Målte indikatorar etter perspektiv: mål, siste resultat, landssnitt og status. Status er rekna ut frå mål og retning."
        case .columnPerspective: "Perspektiv"
        case .columnRow: "Mål for eininga"
        case .columnIndicator: "Indikator"
        case .columnTarget: "Mål"
        case .columnLast: "Siste resultat"
        case .columnNational: "Landssnitt"
        case .columnStatus: "Status"
        case .columnPeriod: "Periode"
        case .columnResult: "Resultat"
        case .columnMunicipality: "Kommunen"
        case .columnServiceArea: "Tenesteområdet"
        case .columnSource: "Kjelde"
        case .seriesHeading(let indicator, let row): "\(indicator) – \(row)"
        case .definition(let unit, let better, let perspective, let baseline):
            "Blir målt i \(unit) · \(better) · \(perspective)" + (baseline.map { " · utgangspunkt \($0)" } ?? "")
        case .chartDescription(let indicator, let points, let target):
            "Diagram: \(indicator), \(count(points, "verdi", "verdiar")) over tid" + (target.map { "; stipla linje: mål \($0)" } ?? "")
        case .chartTargetLabel(let value): "mål \(value)"
        case .measured(let summary): "Målt: \(summary)"
        case .planLinks(let links): "Handlingsplan: \(links)"
        case .csvMeasured: "Målte indikatorar"
        case .csvPlanLinks: "Handlingsplan"
        case .baselineMark: "utgangspunkt"
        }
    }
}
