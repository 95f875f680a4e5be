import ArgumentParser

/// `--format` of `overview`: a table for people (the default), CSV or JSON for scripts and
/// spreadsheets, Markdown (`md`) or HTML for reports.
enum OverviewFormat: String, CaseIterable, ExpressibleByArgument {
    case table, csv, json, markdown, html

    init?(argument: String) {
        switch argument.lowercased() {
        case "md": self = .markdown
        case let other: self.init(rawValue: other)
        }
    }

    static var allValueStrings: [String] { ["table", "csv", "json", "markdown", "md", "html"] }

    /// The format a file's extension names (`.txt` is the table); nil for none or another.
    static func format(ofFile path: String) -> OverviewFormat? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "txt": return .table
        case "csv": return .csv
        case "json": return .json
        case "md", "markdown": return .markdown
        case "html", "htm": return .html
        default: return nil
        }
    }
}
