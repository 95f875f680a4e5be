/// A goal area as the template gives it: number, title (or several result goals) and rows of
/// municipal text; the unit's targets, measures, log and assessment come later.
public struct TemplateGoalArea: Identifiable, Equatable, Sendable, Codable {
    public var id: ItemID
    public var number: String
    public var title: String
    public var subGoals: [SubGoal]
    public var rows: [TemplateRow]

    public init(id: ItemID, number: String, title: String, subGoals: [SubGoal] = [], rows: [TemplateRow] = []) {
        self.id = id
        self.number = number
        self.title = title
        self.subGoals = subGoals
        self.rows = rows
    }

    /// The goal area an agreement starts with: the template's ids and texts, nothing of the unit's.
    public func goalArea(in section: GoalSection) -> GoalArea {
        GoalArea(id: id, section: section, number: number, title: title, subGoals: subGoals, rows: rows.map(\.row))
    }
}

/// A row as the template gives it: the municipal result goal, any text the template puts in
/// the unit's target, an indicator, and measures and support the municipality sets (headings,
/// instructions and common measures among them).
public struct TemplateRow: Identifiable, Equatable, Sendable, Codable {
    public var id: ItemID
    public var resultGoal: String
    /// Text the template puts at the start of the unit's target ("Ved utgangen av 2011 skal …").
    public var target: String
    public var indicator: String
    public var measures: [Measure]
    public var support: [SupportItem]

    public init(id: ItemID, resultGoal: String = "", target: String = "", indicator: String = "", measures: [Measure] = [], support: [SupportItem] = []) {
        self.id = id
        self.resultGoal = resultGoal
        self.target = target
        self.indicator = indicator
        self.measures = measures
        self.support = support
    }

    /// The row an agreement starts with.
    public var row: GoalRow {
        GoalRow(id: id, resultGoal: resultGoal, target: target, indicator: indicator,
                measures: measures.map { Measure(id: $0.id, text: $0.text, kind: $0.kind) },
                support: support.map { SupportItem(id: $0.id, text: $0.text, kind: $0.kind) })
    }
}
