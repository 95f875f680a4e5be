/// One row of a goal area: the municipal result goal, the unit's target, measures, support and log.
public struct GoalRow: Identifiable, Equatable, Sendable, Codable {
    public var id: ItemID
    /// The municipality's result goal ("Resultatmål"), often measurable.
    public var resultGoal: String
    /// The unit's number for its target, e.g. "1.1"; may be empty.
    public var targetNumber: String
    /// The unit's own target ("Mål for <enhet>").
    public var target: String
    /// An optional indicator, e.g. "Redusere strømutgifter".
    public var indicator: String
    public var measures: [Measure]
    public var support: [SupportItem]
    public var log: [LogEntry]
    /// Measured indicators with their series (schema 6).
    public var indicators: [Indicator]
    /// The action-plan items the row serves (schema 6).
    public var planLinks: [PlanLink]
    /// The row of an earlier agreement this one was carried over from; its log stays there.
    public var carriedFrom: ItemLink?

    public init(id: ItemID, resultGoal: String = "", targetNumber: String = "", target: String = "", indicator: String = "",
                measures: [Measure] = [], support: [SupportItem] = [], log: [LogEntry] = [], indicators: [Indicator] = [],
                planLinks: [PlanLink] = [], carriedFrom: ItemLink? = nil) {
        self.id = id
        self.resultGoal = resultGoal
        self.targetNumber = targetNumber
        self.target = target
        self.indicator = indicator
        self.measures = measures
        self.support = support
        self.log = log
        self.indicators = indicators
        self.planLinks = planLinks
        self.carriedFrom = carriedFrom
    }

    /// The measures proper, without the headings, instructions and indicators among them.
    public var measureItems: [Measure] { measures.filter(\.isItem) }

    /// The support proper, without the headings and instructions among it.
    public var supportItems: [SupportItem] { support.filter(\.isItem) }
}
