/// The formats an agreement can be exported in.
public enum ExportFormat: String, CaseIterable, Sendable, Codable {
    case markdown
    case html
    case csv
    case json

    /// The usual file name extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .markdown: "md"
        case .html: "html"
        case .csv: "csv"
        case .json: "json"
        }
    }

    /// The format a file name's extension suggests (`.md`, `.markdown`, `.html`, `.htm`, `.csv`, `.json`).
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        case "csv": self = .csv
        case "json": self = .json
        default: return nil
        }
    }

    /// Whether a full (not `--public`) export in this format carries section 4. CSV holds only
    /// the goal rows, so it never does.
    public var carriesPersonalGoals: Bool { self != .csv }
}
