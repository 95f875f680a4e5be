/// One common goal area (section 2.1) of an agreement as the goal matrix shows it: which area,
/// its goal-attainment rating, and its progress in the agreement's current phase.
public struct GoalAreaFacts: Equatable, Hashable, Sendable, Codable {
    public var id: ItemID
    public var title: String
    public var attainment: Rating?
    public var progress: PhaseProgress

    public init(id: ItemID, title: String, attainment: Rating?, progress: PhaseProgress) {
        self.id = id
        self.title = title
        self.attainment = attainment
        self.progress = progress
    }

    public init(_ area: GoalArea, phase: Phase) {
        self.init(id: area.id, title: area.title, attainment: area.assessment.attainmentRating, progress: area.progress(in: phase))
    }

    /// What makes goal areas of different agreements the same area: the title, ignoring case,
    /// surrounding blanks and runs of spaces ("Redusert  sykefravær" is "redusert sykefravær").
    public var key: String { Self.key(title) }

    public static func key(_ title: String) -> String {
        title.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
