import AgreementKit

/// A problem with a file in the store, printed the way compilers do: `file:line:column: problem`.
/// The problem is typed; the catalogue words it (`StoreWording.storeError`).
public struct StoreError: Error, Equatable, Sendable {
    /// What is wrong.
    public enum Problem: Equatable, Sendable {
        // The store and its agreements.
        /// No agreement has this id or starts with it; `suggestions` are the closest ids.
        case notFound(id: String, suggestions: [String])
        /// Several agreements start with this prefix.
        case ambiguous(prefix: String, candidates: [String])
        /// The store folder does not exist (and is not created by this command).
        case storeMissing
        /// The store folder cannot be used: a symlink loop, a file, no access …
        case storeUnusable(FileSystemError)
        /// The store folder could not be created.
        case cannotCreateStore(FileSystemError)
        /// The store folder exists but nothing can be written in it.
        case storeNotWritable(FileSystemError)

        // Reading a file.
        /// The file could not be read: not a regular file, too large, no access …
        case unreadable(FileSystemError)
        /// Not JSON as the store writes it.
        case syntax(JSONSyntaxProblem)
        /// The same key twice in one object: one value would be lost on the next save.
        case duplicateKey(String)
        /// The file is JSON but not an object.
        case notAnObject(found: JSONValueKind)
        case versionMissing
        case versionNotInteger
        case versionUnknown(Int)
        /// Written by a newer lederavtale.
        case newerVersion(found: Int, supported: Int)
        /// An older version with no migration step from `at`.
        case noMigration(from: Int, at: Int)
        case migrationFailed(from: Int, detail: String)
        /// A value of the wrong type at a path.
        case typeMismatch(path: String, expected: JSONValueKind, found: JSONValueKind?)
        /// null where a value must be.
        case valueMissing(path: String, expected: JSONValueKind)
        /// A required key is missing in the object at a path.
        case keyMissing(path: String, key: String)
        /// A value not among those allowed (an unknown phase …).
        case invalidValue(path: String, value: String)
        /// A date that is not a valid `YYYY-MM-DD`.
        case invalidDate(path: String, value: String)
        /// A number the field cannot hold.
        case numberNotRepresentable(path: String)
        /// Anything else the decoder found; `detail` is its own (technical) text.
        case undecodable(path: String, detail: String)
        /// The agreement's id differs from its file name.
        case idMismatch(found: String, expected: String)
        /// The private file's `agreementID` differs from its file name.
        case privateIDMismatch(found: String, expected: String)
        /// A private file without its agreement file.
        case privateWithoutAgreement(agreementFile: String)
        /// Section 4 readable by others (mode given): `check` reports it.
        case privateExposed(mode: UInt32)
        /// Section 4 was readable by others (mode given) and has been set to 0600 on opening.
        case privateModeFixed(from: UInt32)
        /// A content fault found by the validator, at a path in the file.
        case validation(path: String, ValidationIssue.Kind)
        /// A fault in an annual wheel (`wheels/<id>.json`), at a path in the file.
        case wheel(path: String, WheelIssue.Kind)
        /// A fault in a conversation guide (`guides/<id>.json`), at a path in the file.
        case guide(path: String, GuideIssue.Kind)
        /// A fault in a leader conversation record (`<id>/conversations/<date>.json`).
        case conversation(path: String, ConversationIssue)
        /// A value that names the file differs from the file's name: the key, its value, the name expected.
        case nameMismatch(key: String, found: String, expected: String)
        /// Keys of which only one may be given, found together (a wheel link's milestone and indicator).
        case exclusiveKeys(path: String, keys: [String])
        /// A fault in an action plan's content, at a path in its file.
        case planInvalid(path: String, ActionPlanIssue.Kind)
        /// A plan file's id differs from its file name.
        case planIDMismatch(found: String, expected: String)
        /// A row links to a plan that is not in the store's `plans/`.
        case planLinkUnknownPlan(String)
        /// A row links to a code its plan does not have; the nearest codes.
        case planLinkUnknownCode(plan: String, code: String, nearest: [String])
        /// Both sides of a merge changed the value at this path differently, in a file that has
        /// no place to record it: the file is left to a person.
        case unmergeable(path: String)
        /// git's conflict markers (`<<<<<<<`): a merge that must be finished by hand.
        case gitConflictMarkers
        /// A conflict a merge recorded on a value, waiting for a person: where (the field, if
        /// the interface edits one there), and what kind.
        case recordedConflict(path: String, field: FieldRef?, place: FieldPlace, kind: FieldConflict.Kind)

        // Writing.
        /// The file changed on disk since it was read: the save is refused, nothing overwritten.
        case changedOnDisk
        case saveFailed(FileSystemError)
        case draftFailed(FileSystemError)
        case rollForwardFailed(FileSystemError)
        /// A copy, export or minutes file could not be written.
        case writeFailed(FileSystemError)
        case encodingFailed(detail: String)
        /// The agreement was saved, but its history could not be written.
        case historyNotWritten(FileSystemError)

        // Locks.
        /// The lock could not be made (read-only folder …).
        case lockFailed(FileSystemError)
        /// Taking over a lock failed: it changed hands meanwhile (the new holder is given).
        case lockChanged(LockInfo)
    }

    /// The file concerned (as given to the store: absolute or relative path).
    public var file: String
    public var line: Int?
    public var column: Int?
    public var problem: Problem

    public init(file: String, line: Int? = nil, column: Int? = nil, problem: Problem) {
        self.file = file
        self.line = line
        self.column = column
        self.problem = problem
    }

    /// True when a save was refused because someone else changed the file since it was read.
    public var changedOnDisk: Bool { problem == .changedOnDisk }

    /// The file system error underneath, if the problem is one.
    public var fileSystemError: FileSystemError? {
        switch problem {
        case .storeUnusable(let e), .cannotCreateStore(let e), .storeNotWritable(let e), .unreadable(let e), .saveFailed(let e),
             .draftFailed(let e), .rollForwardFailed(let e), .writeFailed(let e), .lockFailed(let e), .historyNotWritten(let e):
            e
        default: nil
        }
    }

    /// The location as compilers print it: `file:line:column`.
    public var location: String {
        switch (line, column) {
        case let (l?, c?): "\(file):\(l):\(c)"
        case let (l?, nil): "\(file):\(l)"
        default: file
        }
    }
}

/// The kinds of JSON value, for messages about types.
public enum JSONValueKind: Equatable, Sendable {
    case object, array, string, number, integer, bool, null
    /// A type of the program's own (an enum, a date …).
    case other(String)
}

/// Why a file is not JSON as the store writes it (strict UTF-8 JSON without extensions).
public enum JSONSyntaxProblem: Equatable, Sendable {
    /// Where the file ended too early.
    public enum Place: Equatable, Sendable { case document, object, array, string }

    case byteOrderMark
    case invalidUTF8(byte: UInt8)
    case textAfterDocument
    case tooDeep(limit: Int)
    case unexpectedEnd(in: Place)
    case unexpectedCharacter(String)
    case expectedKey
    case expectedColon(afterKey: String)
    case expectedCommaOrBrace
    case expectedCommaOrBracket
    /// A comma before `}` or `]`.
    case trailingComma
    case invalidUnicodeEscape
    case invalidEscape(String)
    case lineBreakInString
    case controlCharacter(UInt8)
    /// `tru`, `nul` …: the literal meant.
    case invalidLiteral(expected: String)
    case invalidNumber
    /// A number no field can hold (`1e400`, an integer beyond 64 bits), at its own position.
    case numberOutOfRange(String)
}
