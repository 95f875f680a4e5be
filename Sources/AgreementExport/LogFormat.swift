/// The formats the log (for the contact person before a review) can be written in.
public enum LogFormat: String, CaseIterable, Sendable {
    case markdown
    case csv
}
