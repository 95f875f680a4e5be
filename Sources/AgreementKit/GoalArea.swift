/// A goal area ("1. Frivillighet"): rows of goals and targets, and one result assessment.
public struct GoalArea: Identifiable, Equatable, Sendable, Codable {
    public var id: ItemID
    public var section: GoalSection
    /// The number shown in the form: "1", "1a/1b", "3".
    public var number: String
    /// Empty when the goal area sets several result goals (`subGoals`) instead of one title.
    public var title: String
    /// The result goals of a goal area that sets more than one under one assessment ("1a", "1b").
    public var subGoals: [SubGoal]
    public var rows: [GoalRow]
    /// Notes for the agreed follow-up at the mid-year review (orange).
    public var midYearNote: String
    public var assessment: Assessment
    /// The goal area of an earlier agreement this one was carried over from.
    public var carriedFrom: ItemLink?

    public init(id: ItemID, section: GoalSection, number: String, title: String, subGoals: [SubGoal] = [], rows: [GoalRow] = [],
                midYearNote: String = "", assessment: Assessment = Assessment(), carriedFrom: ItemLink? = nil) {
        self.id = id
        self.section = section
        self.number = number
        self.title = title
        self.subGoals = subGoals
        self.rows = rows
        self.midYearNote = midYearNote
        self.assessment = assessment
        self.carriedFrom = carriedFrom
    }

    /// The title as the form shows it: the title, or the result goals "1a. … / 1b. …".
    public var heading: String {
        guard !subGoals.isEmpty else { return title }
        let goals = subGoals.map(\.label).joined(separator: " / ")
        return title.isEmpty ? goals : "\(title): \(goals)"
    }

    /// "2.1 1. Frivillighet"-style label without the section: "1. Frivillighet"; a goal area of
    /// several result goals is named by them: "1a. … / 1b. …".
    public var label: String {
        if !subGoals.isEmpty && title.isEmpty { return heading }
        return number.isEmpty ? heading : "\(number). \(heading)"
    }
}
