/// The agreement's place in the year: Inngåelse → Oppfølging → Resultatvurdering → Avsluttet.
public enum Phase: String, Codable, CaseIterable, Sendable, Comparable {
    case agreement
    case followUp
    case assessment
    case closed

    /// The phase after this one, or nil when the agreement is closed.
    public var next: Phase? {
        switch self {
        case .agreement: .followUp
        case .followUp: .assessment
        case .assessment: .closed
        case .closed: nil
        }
    }

    /// The colour of the fields filled in during this phase; nil once closed.
    public var colour: PhaseColour? {
        switch self {
        case .agreement: .blue
        case .followUp: .orange
        case .assessment: .green
        case .closed: nil
        }
    }

    /// The phase's mark, a cue without colour as the header badge shows it: B, O, G, ■ for Avsluttet.
    public var mark: String {
        colour.map { String($0.letter) } ?? "■"
    }

    public static func < (lhs: Phase, rhs: Phase) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
