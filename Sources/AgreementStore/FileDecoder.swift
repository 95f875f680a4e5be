import AgreementKit
import Foundation

/// Decodes store files strictly (the one parser every reader uses); when anything is wrong it
/// finds the line and column and says what, as a typed problem.
struct FileDecoder {
    var migration: SchemaMigration
    /// False only for `check`, which has reported the strict parse's findings itself and goes on
    /// to validate the content behind them.
    var strict = true

    /// Decodes a file of type `T`, migrating older schema versions first.
    func decode<T: Decodable>(_ type: T.Type, kind: SchemaMigration.FileKind, from data: Data, file: String, version: (T) -> Int) throws(StoreError) -> T {
        // One verdict for every reader: the strict parse runs first, so a duplicate key, a
        // trailing comma, a byte-order mark or a number out of range is refused by load, list
        // and check alike (Foundation's decoder would let them through).
        if strict, let (position, problem) = JSONLocator.parse(data, tree: false).strictProblem {
            throw StoreError(file: file, line: position.line, column: position.column, problem: problem)
        }
        if let value = try? StoreCoding.decode(T.self, from: data), version(value) == migration.currentVersion {
            return value
        }
        // Slow path: something is off. Find out what, and where.
        guard let root = JSONLocator.parse(data).root else {
            throw StoreError(file: file, line: 1, column: 1, problem: .syntax(.unexpectedEnd(in: .document)))
        }
        guard case .object(let members, _) = root else {
            throw StoreError(file: file, line: 1, column: 1, problem: .notAnObject(found: root.kind))
        }
        guard let versionMember = members.last(where: { $0.key == "version" }) else {
            throw StoreError(file: file, line: 1, column: 1, problem: .versionMissing)
        }
        let p = versionMember.value.position
        guard let fileVersion = Self.integer(in: data, key: "version") else {
            throw StoreError(file: file, line: p.line, column: p.column, problem: .versionNotInteger)
        }
        if fileVersion > migration.currentVersion {
            throw StoreError(file: file, line: p.line, column: p.column, problem: .newerVersion(found: fileVersion, supported: migration.currentVersion))
        }
        if fileVersion < 1 {
            throw StoreError(file: file, line: p.line, column: p.column, problem: .versionUnknown(fileVersion))
        }
        let current = fileVersion < migration.currentVersion ? try migration.migrate(data, from: fileVersion, kind: kind, file: file) : data
        do {
            return try StoreCoding.decode(T.self, from: current)
        } catch let error as DecodingError {
            throw Self.locate(error, in: root, file: file)
        } catch {
            throw StoreError(file: file, problem: .undecodable(path: "", detail: "\(error)"))
        }
    }

    /// The integer value of a top-level key, read on its own (the rest of the file may be bad).
    private static func integer(in data: Data, key: String) -> Int? {
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else { return nil }
        return object[key] as? Int
    }

    /// A decoding error turned into file, line, column and a typed problem.
    static func locate(_ error: DecodingError, in root: JSONLocator.Node, file: String) -> StoreError {
        func components(_ path: [CodingKey]) -> [PathComponent] {
            path.map { key in key.intValue.map { .index($0) } ?? .key(key.stringValue) }
        }
        func at(_ path: [PathComponent], _ problem: StoreError.Problem) -> StoreError {
            let p = JSONLocator.position(of: path, in: root)
            return StoreError(file: file, line: p.line, column: p.column, problem: problem)
        }
        switch error {
        case .typeMismatch(let type, let context):
            let path = components(context.codingPath)
            let found = JSONLocator.node(at: path, in: root)?.kind
            return at(path, .typeMismatch(path: AgreementValidator.render(path), expected: kind(of: type), found: found))
        case .valueNotFound(let type, let context):
            let path = components(context.codingPath)
            return at(path, .valueMissing(path: AgreementValidator.render(path), expected: kind(of: type)))
        case .keyNotFound(let key, let context):
            let path = components(context.codingPath)
            return at(path, .keyMissing(path: AgreementValidator.render(path), key: key.stringValue))
        case .dataCorrupted(let context):
            let path = components(context.codingPath)
            let rendered = AgreementValidator.render(path)
            if let invalid = context.underlyingError as? LocalDate.InvalidDate {
                return at(path, .invalidDate(path: rendered, value: invalid.text))
            }
            if let both = context.underlyingError as? WheelLink.BothGiven {
                return at(path, .exclusiveKeys(path: rendered, keys: both.keys))
            }
            let text = context.debugDescription
            if text.hasPrefix("Cannot initialize"), let value = text.split(separator: " ").last {
                return at(path, .invalidValue(path: rendered, value: String(value)))
            }
            if text.contains("not representable") || text.contains("does not fit") {
                return at(path, .numberNotRepresentable(path: rendered))
            }
            return at(path, .undecodable(path: rendered, detail: text))
        @unknown default:
            return StoreError(file: file, problem: .undecodable(path: "", detail: "\(error)"))
        }
    }

    private static func kind(of type: Any.Type) -> JSONValueKind {
        if type == String.self { return .string }
        if type == Int.self || type == Int64.self || type == Int32.self { return .integer }
        if type == Bool.self { return .bool }
        if type == Double.self { return .number }
        let name = "\(type)"
        if name.hasPrefix("Array") { return .array }
        if name.hasPrefix("Dictionary") { return .object }
        return .other(name)
    }
}
