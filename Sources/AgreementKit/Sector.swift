/// A service of the education sector that has its own period goals in an action plan.
public enum Sector: String, CaseIterable, Equatable, Sendable, Codable {
    case schools
    case kindergartens
    case cultureSchool
    case educationalPsychologicalService

    /// The letter that opens the sector's period-goal codes, as in the plan: S.1, B.1, K.1, P.1.
    public var codePrefix: Character {
        switch self {
        case .schools: "S"
        case .kindergartens: "B"
        case .cultureSchool: "K"
        case .educationalPsychologicalService: "P"
        }
    }

    /// The sector whose codes open with `prefix`, if any.
    public init?(codePrefix prefix: Character) {
        guard let sector = Sector.allCases.first(where: { $0.codePrefix == prefix }) else { return nil }
        self = sector
    }
}
