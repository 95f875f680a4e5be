/// A goal area, or a row in it, named for people: its section number and label, then the row's
/// target number or, without one, the first words of its target. The catalogue words it.
public struct RowName: Equatable, Sendable {
    /// "2.1 1. Frivillighet".
    public var area: String
    /// The row's target number ("1.1"), empty when it has none or the name is of a goal area.
    public var targetNumber: String
    /// The first words of the row's target, when it has no number.
    public var excerpt: String

    public init(area: String, targetNumber: String = "", excerpt: String = "") {
        self.area = area
        self.targetNumber = targetNumber
        self.excerpt = excerpt
    }

    /// The name of a goal area.
    public init(_ area: GoalArea) {
        self.init(area: "\(area.section.number) \(area.label)")
    }

    /// The name of a row in a goal area.
    public init(_ row: GoalRow, in area: GoalArea) {
        // The first line that is not empty; the rest of the text is not looked through.
        let text = (row.target.isBlank ? row.resultGoal : row.target).split(maxSplits: 1, whereSeparator: \.isNewline).first.map(String.init) ?? ""
        self.init(area: "\(area.section.number) \(area.label)", targetNumber: row.targetNumber,
                  excerpt: row.targetNumber.isEmpty ? text.split(separator: " ").prefix(4).joined(separator: " ") : "")
    }
}
