/// The format of a conversation's minutes, by the file's extension: Markdown unless it is HTML.
public enum MinutesFormat: Sendable {
    case markdown, html

    /// nil for an extension that is neither (`x.docx`); a name without one is Markdown.
    public init?(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
            self = .markdown
            return
        }
        switch name[name.index(after: dot)...].lowercased() {
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        default: return nil
        }
    }
}
