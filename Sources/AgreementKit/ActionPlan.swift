/// A municipal action plan (handlingsplan): main goals → initiatives → period goals per sector.
///
/// Stored as `plans/<id>.json` with a schema `version` beside it: `{"plan": {…}, "version": 1}`.
/// Codes ("1.a", "S.1") are what people cite; ids are stable when items move.
public struct ActionPlan: Identifiable, Equatable, Sendable, Codable {
    /// A readable ASCII slug, unique among plans, e.g. `kuo-2018-2021`.
    public var id: String
    /// The title as written in the plan.
    public var title: String
    /// The line under the title, e.g. which longer-term plan it follows up; may be empty.
    public var subtitle: String
    /// The first and last year of the plan's period (2018–2021); period goals aim at `lastYear`.
    public var firstYear: Int
    public var lastYear: Int
    public var mainGoals: [MainGoal]

    public init(id: String, title: String, subtitle: String = "", firstYear: Int, lastYear: Int, mainGoals: [MainGoal] = []) {
        self.id = id
        self.title = title
        self.subtitle = subtitle
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.mainGoals = mainGoals
    }

    /// Every initiative, in plan order.
    public var initiatives: [Initiative] { mainGoals.flatMap(\.initiatives) }

    /// Every period goal, in plan order.
    public var periodGoals: [PeriodGoal] { initiatives.flatMap(\.periodGoals) }
}
