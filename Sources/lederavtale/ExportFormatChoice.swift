import AgreementExport
import ArgumentParser

/// `--format` of `export`: the format's name, or `md` for Markdown.
struct ExportFormatChoice: ExpressibleByArgument, Equatable {
    var format: ExportFormat

    init(_ format: ExportFormat) { self.format = format }

    init?(argument: String) {
        switch argument.lowercased() {
        case "markdown", "md": format = .markdown
        case "html": format = .html
        case "csv": format = .csv
        case "json": format = .json
        default: return nil
        }
    }

    static var allValueStrings: [String] { ["markdown", "md", "html", "csv", "json"] }

    /// The extensions `--output` may end in, as listed in messages.
    static let extensions = [".md (markdown)", ".html", ".csv", ".json"]

    /// The format a file's extension names: nil when it has no extension, `.failure` for one no format has.
    static func format(ofFile path: String) -> Result<ExportFormat, ExtensionProblem>? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "md", "markdown": return .success(.markdown)
        case "html", "htm": return .success(.html)
        case "csv": return .success(.csv)
        case "json": return .success(.json)
        default: return .failure(ExtensionProblem())
        }
    }

    /// An extension no export format has.
    struct ExtensionProblem: Error {}
}
