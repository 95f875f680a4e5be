/// What sort of thing a wheel event is.
public enum WheelEventKind: String, Codable, CaseIterable, Sendable {
    /// Work to be finished by the date (an analysis, a revised plan).
    case deadline
    /// A matter dealt with in a meeting, e.g. by a political committee.
    case meeting
    /// Results or reports presented to the next level.
    case reporting
    /// A survey or test carried out, e.g. the pupil survey or national tests.
    case survey
}
