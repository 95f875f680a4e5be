/// The symbols charts and marks are drawn with: Unicode block elements and signs, or plain
/// ASCII when the user's locale is not UTF-8. Every mark stands beside words or a letter,
/// so neither set carries meaning by colour alone.
public enum Glyphs: Sendable, Equatable {
    case unicode
    case ascii

    /// The eight heights of a sparkline, lowest first.
    var levels: [Character] {
        switch self {
        case .unicode: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        case .ascii: ["_", ".", ",", "-", "~", "=", "*", "#"]
        }
    }

    var met: String { self == .unicode ? "✓" : "+" }
    var notMet: String { self == .unicode ? "✗" : "x" }
    var noData: String { self == .unicode ? "–" : "-" }
    var up: String { self == .unicode ? "▲" : "^" }
    var down: String { self == .unicode ? "▼" : "v" }
    var flat: String { self == .unicode ? "►" : ">" }
    var warning: String { self == .unicode ? "⚠" : "!" }
    /// The target line of a chart.
    var targetLine: Character { self == .unicode ? "┄" : "-" }
    /// A full cell of a bar, and the partial tops (eighths, lowest first) Unicode can draw.
    var bar: Character { self == .unicode ? "█" : "#" }
    var barTops: [Character] { self == .unicode ? ["▁", "▂", "▃", "▄", "▅", "▆", "▇"] : [] }
    /// A marked and an unmarked choice in a list.
    var marked: String { self == .unicode ? "☑" : "[x]" }
    var unmarked: String { self == .unicode ? "☐" : "[ ]" }

    /// UTF-8 when the locale the user set says so (LC_ALL, else LC_CTYPE, else LANG, as POSIX
    /// orders them); plain ASCII otherwise, also for "C" and "POSIX".
    public static func forLocale(_ environment: [String: String]) -> Glyphs {
        let value = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let lower = value.lowercased()
        return lower.contains("utf-8") || lower.contains("utf8") ? .unicode : .ascii
    }
}
