/// The three groups of goal areas in the form.
public enum GoalSection: String, Codable, CaseIterable, Sendable {
    /// 2.1 Felles resultatmål: every unit in the municipality.
    case common
    /// 2.2 Resultatmål for tjenesteområdet: every unit of the service area.
    case serviceArea
    /// 3.2 Enhetens egne resultatmål.
    case own

    /// The section number in the form.
    public var number: String {
        switch self {
        case .common: "2.1"
        case .serviceArea: "2.2"
        case .own: "3.2"
        }
    }
}
