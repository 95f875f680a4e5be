/// What is wrong with a theme file.
public enum ThemeProblem: Equatable, Sendable {
    case unreadable
    case unknown(available: [String])
    case inheritsLoop
    case invalidJSON(String)
    case unknownKey(String)
    case wrongType(at: String)
    case inheritsNotBundled(available: [String])
    case badColours
    case missingRoles([String])
    case missingRolesKey
    case unknownRole(String, known: [String])
    case badColour(role: String, key: String, colours: Int)
    case unknownFallback(String)
}
