/// The municipality's common part of one year's agreements (mal): the section 1 texts, the
/// common goal areas with their municipal goals, indicators and support, the service areas'
/// goal areas, and the checklist of mandatory tasks. Its items keep their ids in every
/// agreement made from it, so the template can be applied again later.
public struct Template: Equatable, Sendable, Codable {
    /// The file's name in `templates/`, e.g. `trondheim-2011` (see `Template.name(municipality:year:)`).
    public var name: String
    /// "Trondheim kommune".
    public var municipality: String
    public var year: Int
    /// Section 1: purpose, parties, values, scope and the basis of the leader assessment.
    public var about: AboutSection
    /// The mandatory tasks of the checklist.
    public var checklist: [TemplateTask]
    /// Section 2.1, the goal areas every unit has.
    public var commonGoalAreas: [TemplateGoalArea]
    /// Section 2.2 per service area.
    public var serviceAreas: [TemplateServiceArea]
    /// Section 1, the tasks and the goal areas' texts in other languages (see `inLanguage`).
    public var variants: TextVariants

    public init(name: String, municipality: String, year: Int, about: AboutSection = AboutSection(), checklist: [TemplateTask] = [],
                commonGoalAreas: [TemplateGoalArea] = [], serviceAreas: [TemplateServiceArea] = [], variants: TextVariants = TextVariants()) {
        self.name = name
        self.municipality = municipality
        self.year = year
        self.about = about
        self.checklist = checklist
        self.commonGoalAreas = commonGoalAreas
        self.serviceAreas = serviceAreas
        self.variants = variants
    }

    /// The name a template of a municipality and year has: the municipality's slug without the
    /// word «kommune», then the year (`Trondheim kommune`, 2011 → `trondheim-2011`).
    public static func name(municipality: String, year: Int) -> String {
        let words = municipality.split(whereSeparator: \.isWhitespace).filter { $0.lowercased() != "kommune" }
        let base = Slug.ascii(words.joined(separator: " "))
        return base.isEmpty ? "mal-\(year)" : "\(base)-\(year)"
    }

    /// True when the template is for this municipality (compared as slugs, so case and
    /// «kommune» do not matter) and year.
    public func isFor(municipality: String, year: Int) -> Bool {
        self.year == year && Template.name(municipality: self.municipality, year: year) == Template.name(municipality: municipality, year: year)
    }

    /// The goal areas of a service area (compared without case), empty when it has none here.
    public func goalAreas(forServiceArea serviceArea: String) -> [TemplateGoalArea] {
        let wanted = serviceArea.trimmingCharacters(in: .whitespaces).lowercased()
        guard !wanted.isEmpty else { return [] }
        return serviceAreas.first { $0.name.trimmingCharacters(in: .whitespaces).lowercased() == wanted }?.goalAreas ?? []
    }
}

/// A mandatory task of the template's checklist.
public struct TemplateTask: Identifiable, Equatable, Sendable, Codable {
    public var id: ItemID
    public var task: String

    public init(id: ItemID, task: String) {
        self.id = id
        self.task = task
    }
}

/// The goal areas the template gives the units of one service area (section 2.2).
public struct TemplateServiceArea: Equatable, Sendable, Codable {
    /// The service area's name as agreements write it ("Oppvekst og utdanning").
    public var name: String
    public var goalAreas: [TemplateGoalArea]

    public init(name: String, goalAreas: [TemplateGoalArea] = []) {
        self.name = name
        self.goalAreas = goalAreas
    }
}
