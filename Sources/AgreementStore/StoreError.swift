import AgreementKit

/// A problem with a file in the store, printed the way compilers do: `file:line:column: message`
/// (the catalogue words the problem).
public struct StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public enum Problem: Equatable, Sendable {
        /// A problem already worded (being moved to typed cases).
        case text(String)
        /// A content fault found by the validator, at a path in the file.
        case validation(path: String, ValidationIssue.Kind)
    }

    /// The file concerned (as given to the store: absolute or relative path).
    public var file: String
    public var line: Int?
    public var column: Int?
    public var problem: Problem
    /// True when a save was refused because someone else changed the file since it was read.
    public var changedOnDisk = false

    public init(file: String, line: Int? = nil, column: Int? = nil, problem: Problem, changedOnDisk: Bool = false) {
        self.file = file
        self.line = line
        self.column = column
        self.problem = problem
        self.changedOnDisk = changedOnDisk
    }

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String, changedOnDisk: Bool = false) {
        self.init(file: file, line: line, column: column, problem: .text(message), changedOnDisk: changedOnDisk)
    }

    /// The location as compilers print it: `file:line:column`.
    public var location: String {
        switch (line, column) {
        case let (l?, c?): "\(file):\(l):\(c)"
        case let (l?, nil): "\(file):\(l)"
        default: file
        }
    }

    /// The problem when it is already worded; typed problems are worded by the catalogue.
    public var message: String {
        switch problem {
        case .text(let text): text
        case .validation(let path, let kind): "\(path): \(kind)"
        }
    }

    public var description: String { "\(location): \(message)" }

    static func notFound(_ id: String, in root: String) -> StoreError {
        StoreError(file: root, message: "finner ingen avtale med id «\(id)»")
    }

    static func newerVersion(_ file: String, found: Int, supported: Int) -> StoreError {
        StoreError(file: file, line: 1, column: 1,
                   message: "filen har skjemaversjon \(found), laget av en nyere lederavtale; denne versjonen kan lese til og med \(supported)")
    }
}
