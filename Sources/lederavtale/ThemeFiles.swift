import AgreementUI
import Foundation

/// Themes for the executable: a bundled one by name, or a theme file by path (read here, parsed
/// by the interface's pure `ThemeLoader`).
enum ThemeFiles {
    static func load(_ nameOrPath: String) throws(ThemeError) -> Theme {
        guard ThemeLoader.isPath(nameOrPath) else { return try ThemeLoader.bundled(nameOrPath) }
        guard let data = FileManager.default.contents(atPath: nameOrPath) else { throw ThemeError(theme: nameOrPath, .unreadable) }
        return try ThemeLoader.parse(data, name: nameOrPath)
    }
}
