/// A goal area ("1. Frivillighet"): rows of goals and targets, and one result assessment.
public struct GoalArea: Identifiable, Equatable, Sendable, Codable {
    public var id: ItemID
    public var section: GoalSection
    /// The number shown in the form: "1", "1a/1b", "3".
    public var number: String
    public var title: String
    public var rows: [GoalRow]
    /// Notes for the agreed follow-up at the mid-year review (orange).
    public var midYearNote: String
    public var assessment: Assessment

    public init(id: ItemID, section: GoalSection, number: String, title: String, rows: [GoalRow] = [],
                midYearNote: String = "", assessment: Assessment = Assessment()) {
        self.id = id
        self.section = section
        self.number = number
        self.title = title
        self.rows = rows
        self.midYearNote = midYearNote
        self.assessment = assessment
    }

    /// "2.1 1. Frivillighet"-style label without the section: "1. Frivillighet".
    public var label: String { number.isEmpty ? title : "\(number). \(title)" }
}
