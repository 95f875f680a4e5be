/// A failed file operation, with the path and the system's reason.
public struct FileSystemError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var code: Int32
    public var message: String

    public init(path: String, code: Int32, message: String) {
        self.path = path
        self.code = code
        self.message = message
    }

    public var description: String { "\(path): \(message)" }

    /// The reason in Norwegian for the errors a user can act on, else the system's own words.
    public static func explain(_ code: Int32, system: String) -> String {
        switch code {
        case 28: "disken er full (\(system))"
        case 30: "filsystemet er skrivebeskyttet (\(system))"
        case 13, 1: "ingen tilgang (\(system))"
        case 2: "finnes ikke (\(system))"
        case 122: "diskkvoten er brukt opp (\(system))"
        default: system
        }
    }
}
