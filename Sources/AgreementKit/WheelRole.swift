/// Who takes part in a wheel event, from the council down to the unit.
public enum WheelRole: String, Codable, CaseIterable, Sendable {
    /// The elected bodies: the council and its committees.
    case politicians
    case chiefExecutive
    case director
    case contactPerson
    case leader
}
