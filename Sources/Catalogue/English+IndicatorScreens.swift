import AgreementKit

extension English {
    public func indicatorScreen(_ text: IndicatorScreenText) -> String {
        switch text {
        case .scorecardTitle(let unit, let year): "Scorecard – \(unit) \(year)"
        case .columnIndicator: "Indicator"
        case .columnTarget: "Target"
        case .columnLast: "Latest"
        case .columnNational: "National"
        case .columnStatus: "Status"
        case .columnTrend: "Trend"
        case .columnPeriod: "Period"
        case .columnResult: "Result"
        case .columnMunicipality: "Municipality"
        case .columnServiceArea: "Serv. area"
        case .columnSource: "Source"
        case .scorecardEmpty: "The agreement has no measured indicators yet."
        case .scorecardEmptyHint: "Choose a row on the main screen and press I to measure it, or a here when a row has indicators."
        case .indicatorTitle(let name): "Indicator: \(name)"
        case .measuredIn(let unit, let better, let perspective): "Measured in \(unit) · \(better) · \(perspective)"
        case .baseline(let value, let period): "Baseline: \(value) (\(period))"
        case .noBaseline: "Baseline: –"
        case .goal(let row): "The unit's goal: \(row)"
        case .chartTitle: "Trend"
        case .targetLegend: "target"
        case .noValues: "No values yet – v adds a result, t a target"
        case .earlierYears(let year, let from): "* before \(year): last year's agreement" + (from.map { " (\($0))" } ?? "")
        case .baselineMark: "baseline"
        case .rowIndicators: "Measured indicators"
        case .noMeasuredIndicators: "None – I on the main screen adds a measured indicator"
        case .lastValue(let value, let period): "\(value) (\(period))"
        case .target(let value, let better): "target \(better == .lower ? "≤" : "≥") \(value)"
        case .noResultYet: "no result yet"
        case .noTargetSet: "no target"
        case .trend(let trend): trendWords(trend)
        }
    }

    private func trendWords(_ trend: Trend) -> String {
        let way = switch trend.direction {
        case .up: "up"
        case .down: "down"
        case .flat: "unchanged"
        }
        guard let improving = trend.improving else { return way }
        return "\(way), \(improving ? "better" : "worse")"
    }

    public func indicatorPrompt(_ text: IndicatorPromptText) -> String {
        switch text {
        case .newIndicator(let row): "New measured indicator – \(row)"
        case .editIndicator(let name): "Indicator: \(name)"
        case .name: "Name"
        case .unit: "Measured in (% · count · points · days · kr)"
        case .better: "Better is (lower · higher)"
        case .perspective: "Perspective (user · employee · economy · society · development; empty = none)"
        case .baselineValue: "Baseline (number; empty = none)"
        case .baselinePeriod: "The baseline's period"
        case .targetValue: "Target (number; empty = added later)"
        case .targetPeriod: "The target's period"
        case .newValue(let kind, let indicator):
            switch kind {
            case .result: "New result – \(indicator)"
            case .target: "New target – \(indicator)"
            case .baseline: "Baseline – \(indicator)"
            case .national, .municipality, .serviceArea: "New comparison – \(indicator)"
            }
        case .editValue(let kind, let indicator, let period): "\(capitalized(valueKind(kind))) \(period) – \(indicator)"
        case .period: "Period (2013 · 2013-T1 · 2013-Q1 · 2013-03; Q1 = in the agreement's year)"
        case .value: "Value (14.5 or 14,5)"
        case .source: "Source"
        case .comparisonKind: "Compared with (national · municipality · service area)"
        case .reads(let text): "Reads as: \(text)"
        case .notUnderstood: "Cannot read this yet"
        case .planLinksTitle(let row): "Action plan – \(row)"
        case .amendPlanLinks(let row): "Amendment of the agreement: action plan – \(row)"
        case .filter: "Filter"
        }
    }

    public func indicatorInterface(_ text: IndicatorInterfaceText) -> String {
        switch text {
        case .noteValueSet(let indicator, let kind, let period, let value): "\(indicator): \(valueKind(kind)) \(self.period(period)) = \(value)"
        case .noteIndicatorAdded(let name): "new measured indicator “\(name)”"
        case .noteIndicatorChanged(let name): "the indicator “\(name)” changed"
        case .notePlanLinks(let codes): codes.isEmpty ? "action plan: no links" : "action plan: \(codes.joined(separator: ", "))"
        case .chooseRowForIndicator: "Choose a row in the goals pane first (indicators belong to a row)"
        case .rowHasNoIndicator: "The row has no measured indicator – I adds one"
        case .chooseIndicator: "Choose an indicator first"
        case .noIndicators: "The agreement has no measured indicators yet – choose a row and press I"
        case .unknownUnit(let text): "Unknown unit “\(text)” (write %, count, points, days or kr)"
        case .unknownBetter(let text): "“\(text)”: write lower or higher"
        case .unknownPerspective(let text): "Unknown perspective “\(text)” (user, employee, economy, society, development, or empty)"
        case .unknownComparison(let text): "“\(text)”: write national, municipality or service area"
        case .nameMissing: "Give the indicator a name"
        case .valueMissing: "Write a value, e.g. 14.5"
        case .unknownPlanCode(let code, let nearest):
            "Unknown code “\(code)” in the action plan" + (nearest.isEmpty ? "" : " – did you mean \(nearest.joined(separator: ", "))?")
        case .noPlanInStore: "No action plan in the store (the folder plans/); “lederavtale init --sample” adds KUO 2018–2021"
        case .plansUnreadable(let first, let more): "Action plan cannot be read: \(first)" + (more > 0 ? " (and \(more) more)" : "")
        case .noUnservedGoals: "Every period goal of the plan has at least one unit"
        case .linksChosen(let n): "\(n) \(n == 1 ? "link" : "links") chosen – Enter saves, Esc cancels"
        case .onePlanOnly: "The store has only one action plan"
        case .amendedValue(let indicator, let kind, let period): "Indicator “\(indicator)”: \(valueKind(kind)) \(self.period(period))"
        case .amendedIndicator(let name): "Indicator “\(name)”"
        }
    }

    public func indicatorExport(_ text: IndicatorExportText) -> String {
        switch text {
        case .scorecardHeading: "Scorecard"
        case .scorecardIntro: "Measured indicators by perspective: target, latest result, national average and status. The status is worked out from the target and the direction."
        case .columnPerspective: "Perspective"
        case .columnRow: "The unit's goal"
        case .columnIndicator: "Indicator"
        case .columnTarget: "Target"
        case .columnLast: "Latest result"
        case .columnNational: "National average"
        case .columnStatus: "Status"
        case .columnPeriod: "Period"
        case .columnResult: "Result"
        case .columnMunicipality: "Municipality"
        case .columnServiceArea: "Service area"
        case .columnSource: "Source"
        case .seriesHeading(let indicator, let row): "\(indicator) – \(row)"
        case .definition(let unit, let better, let perspective, let baseline):
            "Measured in \(unit) · \(better) · \(perspective)" + (baseline.map { " · baseline \($0)" } ?? "")
        case .chartDescription(let indicator, let points, let target):
            "Chart: \(indicator), \(count(points, "value", "values")) over time" + (target.map { "; dashed line: target \($0)" } ?? "")
        case .chartTargetLabel(let value): "target \(value)"
        case .measured(let summary): "Measured: \(summary)"
        case .planLinks(let links): "Action plan: \(links)"
        case .csvMeasured: "Measured indicators"
        case .csvPlanLinks: "Action plan"
        case .baselineMark: "baseline"
        }
    }
}
