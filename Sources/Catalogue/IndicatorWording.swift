import AgreementKit

/// The words for measured indicators: periods, units, directions, perspectives, statuses, the
/// numbers themselves, and the texts of the scorecard and indicator screens and forms.
public protocol IndicatorWording: Sendable {
    /// "2013", "1. tertial 2013", "1. kvartal 2013", "mars 2013".
    func period(_ period: Period) -> String
    /// For narrow columns: "2013", "1. t. 2013", "1. kv. 2013", "mar. 2013".
    func periodShort(_ period: Period) -> String
    /// A number as written in this language: "14,5".
    func number(_ value: Double) -> String
    /// A number with its unit: "14,5 %", "12 500 kr", "3 dager".
    func measurement(_ value: Double, _ unit: IndicatorUnit) -> String
    /// "prosent", "antall" …
    func unitName(_ unit: IndicatorUnit) -> String
    /// What a person may type for a unit ("%", "prosent", "percent").
    func unitAliases(_ unit: IndicatorUnit) -> [String]
    /// "lavere er bedre".
    func better(_ direction: BetterDirection) -> String
    func betterAliases(_ direction: BetterDirection) -> [String]
    /// "Medarbeiderperspektivet"; nil: "Uten perspektiv".
    func perspective(_ perspective: Perspective?) -> String
    func perspectiveAliases(_ perspective: Perspective) -> [String]
    /// "mål nådd", "ikke nådd", "ingen resultat", "uten mål".
    func indicatorStatus(_ status: IndicatorStatus) -> String
    /// "resultat", "mål", "utgangspunkt", "landssnitt", "kommunen", "tjenesteområdet".
    func valueKind(_ kind: IndicatorValueKind) -> String
    /// What the CSV's kind column and forms accept (the English id included).
    func valueKindAliases(_ kind: IndicatorValueKind) -> [String]
    /// A value named in the definite form: "resultatet".
    func indicatorValueNoun(_ kind: IndicatorValueKind) -> String
    /// Why text is not a number the indicator can take.
    func numberProblem(_ problem: IndicatorNumber.Problem) -> String
    /// Why text is not a period; the agreement's year for the example.
    func periodProblem(_ text: String, year: Int) -> String
    /// Labels and notes of the scorecard and indicator screens.
    func indicatorScreen(_ text: IndicatorScreenText) -> String
    /// Titles, labels and hints of the indicator forms.
    func indicatorPrompt(_ text: IndicatorPromptText) -> String
    /// Status-line messages and notes of changes.
    func indicatorInterface(_ text: IndicatorInterfaceText) -> String
    /// The scorecard, series and plan links in the exports.
    func indicatorExport(_ text: IndicatorExportText) -> String
}

/// The words of measured indicators and plan links in the exports.
public enum IndicatorExportText: Equatable, Sendable {
    case scorecardHeading
    case scorecardIntro
    case columnPerspective, columnRow, columnIndicator, columnTarget, columnLast, columnNational, columnStatus
    case columnPeriod, columnResult, columnMunicipality, columnServiceArea, columnSource
    /// "Sykefravær – 2.1 2. Redusert sykefravær".
    case seriesHeading(indicator: String, row: String)
    /// "Måles i prosent · lavere er bedre · Medarbeiderperspektivet · utgangspunkt 14 % (1. kvartal 2012)".
    case definition(unit: String, better: String, perspective: String, baseline: String?)
    /// What a chart shows, for those who cannot see it.
    case chartDescription(indicator: String, points: Int, target: String?)
    case chartTargetLabel(String)
    /// A row's measured indicator in its goal table: "Målt: Sykefravær – 6 % (1. kvartal 2013) · uten mål".
    case measured(String)
    /// "Handlingsplan: S.1, 1.a (kuo-2018-2021)".
    case planLinks(String)
    case csvMeasured
    case csvPlanLinks
    case baselineMark
}

/// Labels and notes on the scorecard, the indicator view and the row's detail.
public enum IndicatorScreenText: Equatable, Sendable {
    case scorecardTitle(unit: String, year: Int)
    case columnIndicator, columnTarget, columnLast, columnNational, columnStatus, columnTrend
    case columnPeriod, columnResult, columnMunicipality, columnServiceArea, columnSource
    case scorecardEmpty
    case scorecardEmptyHint
    case indicatorTitle(String)
    case measuredIn(unit: String, better: String, perspective: String)
    case baseline(value: String, period: String)
    case noBaseline
    case goal(String)
    case chartTitle
    case targetLegend
    case noValues
    case baselineMark
    case rowIndicators
    case noMeasuredIndicators
    /// "6 % (1. kvartal 2013)".
    case lastValue(value: String, period: String)
    /// "mål ≤ 5,2 %".
    case target(value: String, better: BetterDirection)
    case noResultYet
    case noTargetSet
    case trend(Trend)
    /// The legend of values from before the agreement's year, carried with the row from last
    /// year's agreement (`from`, when known): "* før 2012: fjorårets avtale (hoeggen-skole-2011)".
    case earlierYears(before: Int, from: String?)
}

/// Form titles, field labels and the hints under fields.
public enum IndicatorPromptText: Equatable, Sendable {
    case newIndicator(row: String)
    case editIndicator(String)
    case name, unit, better, perspective, baselineValue, baselinePeriod, targetValue, targetPeriod
    case newValue(IndicatorValueKind, indicator: String)
    case editValue(IndicatorValueKind, indicator: String, period: String)
    case period, value, source, comparisonKind
    /// "Leses som: …".
    case reads(String)
    /// The hint for text that is not understood.
    case notUnderstood
    case planLinksTitle(row: String)
    case amendPlanLinks(row: String)
    case filter
}

/// Status-line messages and the notes that name a change.
public enum IndicatorInterfaceText: Equatable, Sendable {
    case noteValueSet(indicator: String, kind: IndicatorValueKind, period: Period, value: String)
    case noteIndicatorAdded(String)
    case noteIndicatorChanged(String)
    case notePlanLinks([String])
    case chooseRowForIndicator
    case rowHasNoIndicator
    case chooseIndicator
    case noIndicators
    case unknownUnit(String)
    case unknownBetter(String)
    case unknownPerspective(String)
    case unknownComparison(String)
    case nameMissing
    case valueMissing
    case unknownPlanCode(String, nearest: [String])
    case noPlanInStore
    case plansUnreadable(first: String, more: Int)
    case noUnservedGoals
    case linksChosen(Int)
    case onePlanOnly
    /// What an amendment record says was changed: "Indikator «Sykefravær»: mål 2011".
    case amendedValue(indicator: String, kind: IndicatorValueKind, period: Period)
    case amendedIndicator(String)
}
