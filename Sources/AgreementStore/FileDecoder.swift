import AgreementKit
import Foundation

/// Decodes store files; when anything is wrong it finds the line and column and says what.
struct FileDecoder {
    var migration: SchemaMigration

    /// Decodes a file of type `T`, migrating older schema versions first.
    func decode<T: Decodable>(_ type: T.Type, kind: SchemaMigration.FileKind, from data: Data, file: String, version: (T) -> Int) throws(StoreError) -> T {
        // Foundation's decoder is lenient (a byte-order mark, UTF-16, invalid UTF-8 pass); the
        // store's files are UTF-8 without BOM, so such a file goes to the strict path and is named.
        let plainUTF8 = !data.starts(with: [0xEF, 0xBB, 0xBF]) && String(validating: data, as: UTF8.self) != nil
        if plainUTF8, let value = try? StoreCoding.decode(T.self, from: data), version(value) == migration.currentVersion {
            return value
        }
        // Slow path: something is off. Find out what, and where.
        let parsed = JSONLocator.parse(data)
        guard let root = parsed.root else {
            let e = parsed.error ?? JSONLocator.SyntaxError(position: .init(line: 1, column: 1), message: "ugyldig JSON")
            throw StoreError(file: file, line: e.position.line, column: e.position.column, message: e.message)
        }
        guard case .object(let members, _) = root else {
            throw StoreError(file: file, line: 1, column: 1, message: "filen må være et JSON-objekt, fant \(root.kindName)")
        }
        guard let versionMember = members.last(where: { $0.key == "version" }) else {
            throw StoreError(file: file, line: 1, column: 1, message: "mangler nøkkelen «version» (skjemaversjon)")
        }
        guard let fileVersion = Self.integer(in: data, at: ["version"]) else {
            let p = versionMember.value.position
            throw StoreError(file: file, line: p.line, column: p.column, message: "«version» må være et heltall")
        }
        if fileVersion > migration.currentVersion {
            throw StoreError.newerVersion(file, found: fileVersion, supported: migration.currentVersion)
        }
        if fileVersion < 1 {
            let p = versionMember.value.position
            throw StoreError(file: file, line: p.line, column: p.column, message: "ukjent skjemaversjon \(fileVersion)")
        }
        let current = fileVersion < migration.currentVersion ? try migration.migrate(data, from: fileVersion, kind: kind, file: file) : data
        do {
            return try StoreCoding.decode(T.self, from: current)
        } catch let error as DecodingError {
            throw Self.locate(error, in: root, file: file)
        } catch {
            throw StoreError(file: file, message: "\(error)")
        }
    }

    private static func integer(in data: Data, at path: [String]) -> Int? {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        return object[path[0]] as? Int
    }

    /// A decoding error turned into file, line, column and a message a person can act on.
    static func locate(_ error: DecodingError, in root: JSONLocator.Node, file: String) -> StoreError {
        func components(_ path: [CodingKey]) -> [PathComponent] {
            path.map { key in key.intValue.map { .index($0) } ?? .key(key.stringValue) }
        }
        func at(_ path: [PathComponent], _ message: String) -> StoreError {
            let p = JSONLocator.position(of: path, in: root)
            let where_ = path.isEmpty ? "" : "\(AgreementValidator.render(path)): "
            return StoreError(file: file, line: p.line, column: p.column, message: where_ + message)
        }
        switch error {
        case .typeMismatch(let type, let context):
            let path = components(context.codingPath)
            let found = JSONLocator.node(at: path, in: root)?.kindName ?? "noe annet"
            return at(path, "feil type: forventet \(typeName(type)), fant \(found)")
        case .valueNotFound(let type, let context):
            return at(components(context.codingPath), "mangler verdi: forventet \(typeName(type)), fant null")
        case .keyNotFound(let key, let context):
            let path = components(context.codingPath)
            let p = JSONLocator.position(of: path, in: root)
            let where_ = path.isEmpty ? "" : "\(AgreementValidator.render(path)): "
            return StoreError(file: file, line: p.line, column: p.column, message: "\(where_)mangler nøkkelen «\(key.stringValue)»")
        case .dataCorrupted(let context):
            let text = context.debugDescription
            if text.hasPrefix(LocalDate.invalidMarker) {
                return at(components(context.codingPath), "«\(text.dropFirst(LocalDate.invalidMarker.count))» er ikke en gyldig dato (ÅÅÅÅ-MM-DD)")
            }
            if text.hasPrefix("Cannot initialize"), let value = text.split(separator: " ").last {
                return at(components(context.codingPath), "ugyldig verdi «\(value)»")
            }
            return at(components(context.codingPath), text)
        @unknown default:
            return StoreError(file: file, message: "\(error)")
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        if type == String.self { return "tekst" }
        if type == Int.self { return "et heltall" }
        if type == Bool.self { return "true/false" }
        if type == Double.self { return "et tall" }
        let name = "\(type)"
        if name.hasPrefix("Array") { return "en liste" }
        if name.hasPrefix("Dictionary") { return "et objekt" }
        return name
    }
}
