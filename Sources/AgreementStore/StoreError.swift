/// A problem with a file in the store, printed the way compilers do: `file:line:column: message`.
public struct StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file concerned (as given to the store: absolute or relative path).
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String
    /// True when a save was refused because someone else changed the file since it was read.
    public var changedOnDisk = false

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String, changedOnDisk: Bool = false) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.changedOnDisk = changedOnDisk
    }

    public var description: String {
        switch (line, column) {
        case let (l?, c?): "\(file):\(l):\(c): \(message)"
        case let (l?, nil): "\(file):\(l): \(message)"
        default: "\(file): \(message)"
        }
    }

    static func notFound(_ id: String, in root: String) -> StoreError {
        StoreError(file: root, message: "finner ingen avtale med id «\(id)»")
    }

    static func newerVersion(_ file: String, found: Int, supported: Int) -> StoreError {
        StoreError(file: file, line: 1, column: 1,
                   message: "filen har skjemaversjon \(found), laget av en nyere lederavtale; denne versjonen kan lese til og med \(supported)")
    }
}
