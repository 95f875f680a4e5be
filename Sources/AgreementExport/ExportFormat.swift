/// The formats an agreement can be exported in.
public enum ExportFormat: String, CaseIterable, Sendable {
    case markdown
    case html
    case csv
    case json
}
