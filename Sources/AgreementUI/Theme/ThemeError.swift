import Catalogue

/// Why a theme file could not be used: the theme and what is wrong (the catalogue words it).
public struct ThemeError: Error, Equatable, Sendable {
    public var theme: String
    public var problem: ThemeProblem

    public init(theme: String, _ problem: ThemeProblem) {
        self.theme = theme
        self.problem = problem
    }
}
