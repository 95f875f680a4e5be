/// Next year's agreement from this one (neste års avtale): what happens to each goal area, as
/// a plan the leader can look over and change (keep or drop a carried goal area) before the new
/// agreement is made. This year's agreement is never changed.
public struct Rollover: Equatable, Sendable {
    /// What becomes of one of this year's goal areas.
    public enum Fate: Equatable, Sendable {
        /// A common goal area: next year's template gives its common goals afresh.
        case replacedByTemplate
        /// A common goal area copied, there being no template for next year.
        case copied
        /// Carried over: its rows, the measures not marked done, its support; not its log.
        case carried
        /// Left behind in this year's agreement.
        case dropped
    }

    /// One of this year's goal areas and its fate.
    public struct Area: Identifiable, Equatable, Sendable {
        /// Last year's goal area.
        public var id: ItemID
        public var section: GoalSection
        public var name: RowName
        public var fate: Fate
        /// Measures not marked done (they go along when the area is carried or copied).
        public var openMeasures: Int
        /// Measures marked done (they stay behind).
        public var doneMeasures: Int
        /// Goal attainment rated «Mindre enn avtalen»: carried with its improvement plan.
        public var unmet: Bool
        public var hasImprovementPlan: Bool

        /// True when the leader may keep or drop the area with one key (service-area and own goals).
        public var isToggleable: Bool { section != .common }
    }

    public var source: Agreement
    public var year: Int
    /// The new agreement's id.
    public var id: String
    /// Next year's template, if the municipality has one.
    public var template: Template?
    public var areas: [Area]

    /// The plan with every area's default fate: common goals from the template (or copied
    /// without one), service-area goals carried unless the template gives the service area's
    /// goals afresh, the unit's own goals carried.
    public init(from source: Agreement, year: Int? = nil, template: Template?) {
        self.source = source
        self.year = year ?? source.header.year + 1
        self.id = Slug.make(unit: source.header.unit, year: self.year)
        self.template = template
        let freshServiceArea = !(template?.goalAreas(forServiceArea: source.header.serviceArea).isEmpty ?? true)
        areas = source.goalAreas.map { area in
            let fate: Fate = switch area.section {
            case .common: template == nil ? .copied : .replacedByTemplate
            case .serviceArea: freshServiceArea ? .dropped : .carried
            case .own: .carried
            }
            let measures = area.rows.flatMap(\.measureItems)
            return Area(id: area.id, section: area.section, name: RowName(area), fate: fate,
                        openMeasures: measures.filter { $0.done == nil }.count, doneMeasures: measures.filter { $0.done != nil }.count,
                        unmet: area.assessment.attainmentRating == .belowAgreement,
                        hasImprovementPlan: source.improvementPlans.contains { $0.goalAreaID == area.id })
        }
    }

    /// Keeps a dropped area or drops a carried one (service-area and own goals only).
    @discardableResult
    public mutating func toggle(_ id: ItemID) -> Bool {
        guard let i = areas.firstIndex(where: { $0.id == id }), areas[i].isToggleable else { return false }
        areas[i].fate = areas[i].fate == .dropped ? .carried : .dropped
        return true
    }

    /// Leaves a service-area or own goal area behind.
    public mutating func drop(_ id: ItemID) {
        if let i = areas.firstIndex(where: { $0.id == id }), areas[i].isToggleable { areas[i].fate = .dropped }
    }

    /// The template's goal areas that come fresh into next year's agreement, by section.
    public var freshAreas: [(section: GoalSection, area: TemplateGoalArea)] {
        guard let template else { return [] }
        return template.commonGoalAreas.map { (GoalSection.common, $0) }
            + template.goalAreas(forServiceArea: source.header.serviceArea).map { (GoalSection.serviceArea, $0) }
    }

    /// True when this year is not finished: next year's agreement is made before the year-end assessment.
    public var isEarly: Bool { source.phase < .assessment }
}
