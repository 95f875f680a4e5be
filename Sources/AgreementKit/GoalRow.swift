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

    public init(id: ItemID, resultGoal: String = "", targetNumber: String = "", target: String = "", indicator: String = "",
                measures: [Measure] = [], support: [SupportItem] = [], log: [LogEntry] = [], indicators: [Indicator] = [],
                planLinks: [PlanLink] = []) {
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
    }
}
