/// Why a theme file could not be used; the message names the theme and the fault.
public struct ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
    public var theme: String
    public var message: String

    public init(theme: String, message: String) {
        self.theme = theme
        self.message = message
    }

    public var description: String { "tema «\(theme)»: \(message)" }

    static func unknown(_ name: String, available: [String]) -> ThemeError {
        ThemeError(theme: name, message: "finnes ikke (tilgjengelige: \(available.joined(separator: ", ")))")
    }
}
