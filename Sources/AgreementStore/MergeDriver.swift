import AgreementKit
import Foundation

/// The merge driver's work, without git: three versions of one store file in, the merged file
/// out — or why it cannot be merged, in which case nothing is written and git's own line merge
/// (with its conflict markers) is left for a person. Agreements merge on the domain model
/// (`AgreementMerge`), their histories as the union of their entries, every other file of the
/// store as a tree by ids (`TreeMerge`). Every version is read by the store's strict parser and
/// migrated to the current schema first, and the result is read back before it is handed out:
/// the driver never writes a file the store could not read, and never loses an entry.
public struct MergeDriver: Sendable {
    /// What the merged file is and the conflicts recorded in it.
    public struct Merged: Sendable {
        public var data: Data
        public var conflicts: [FieldConflict]
    }

    public var migration: SchemaMigration
    /// The moment of the merge, recorded with its conflicts.
    public var recorded: String

    public init(migration: SchemaMigration = .standard, recorded: String) {
        self.migration = migration
        self.recorded = recorded
    }

    /// Merges the versions of the file at `path` (relative to the store, as git names it).
    /// `base` is empty when the two sides made the file apart. `who` says who last changed a
    /// path on a side and when, for the conflicts.
    public func merge(base: Data, ours: Data, theirs: Data, path: String,
                      who: (ChangePath, AgreementMerge.Side) -> ChangeStamp? = { _, _ in nil }) throws(StoreError) -> Merged {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let nested = path.contains("/")
        if !nested, name.hasSuffix(StoreFiles.privateSuffix) {
            return try mergeTree(PrivateFile.self, kind: .privateSection, base: base, ours: ours, theirs: theirs, path: path)
        }
        if !nested, let id = StoreFiles.agreementID(fromFileName: name) {
            return try mergeAgreement(id: id, base: base, ours: ours, theirs: theirs, path: path, who: who)
        }
        if nested, name == StoreFiles.historyFileName || name == StoreFiles.privateHistoryFileName {
            return try mergeHistory(base: base, ours: ours, theirs: theirs, path: path)
        }
        return try mergeTree(JSONValue.self, kind: nil, base: base, ours: ours, theirs: theirs, path: path)
    }

    private func mergeAgreement(id: String, base: Data, ours: Data, theirs: Data, path: String,
                                who: (ChangePath, AgreementMerge.Side) -> ChangeStamp?) throws(StoreError) -> Merged {
        let decoder = FileDecoder(migration: migration)
        func read(_ data: Data, _ label: String) throws(StoreError) -> Agreement {
            try decoder.decode(AgreementFile.self, kind: .agreement, from: data, file: "\(path) (\(label))", version: \.version).agreement
        }
        let o = base.isEmpty ? nil : try read(base, "base")
        let a = try read(ours, "ours"), b = try read(theirs, "theirs")
        guard a.id == b.id else { throw StoreError(file: path, problem: .idMismatch(found: b.id, expected: a.id)) }
        let result: AgreementMerge.Result
        do { result = try AgreementMerge.merge(base: o, a: a, b: b, recorded: recorded, who: who) } catch {
            throw StoreError(file: path, problem: .undecodable(path: "", detail: error.detail))
        }
        let data = try encoded(AgreementFile(version: migration.currentVersion, agreement: result.agreement.publicRecord), path: path)
        _ = try read(data, "merged")
        return Merged(data: data, conflicts: result.conflicts)
    }

    /// Histories: the union of both sides' entries by id, in the order they were made.
    private func mergeHistory(base: Data, ours: Data, theirs: Data, path: String) throws(StoreError) -> Merged {
        let decoder = FileDecoder(migration: HistoryFile.migration)
        func read(_ data: Data, _ label: String) throws(StoreError) -> HistoryFile {
            try decoder.decode(HistoryFile.self, kind: .agreement, from: data, file: "\(path) (\(label))", version: \.version)
        }
        // Entries are never removed: the base adds nothing the union does not hold.
        let a = try read(ours, "ours"), b = try read(theirs, "theirs")
        var seen = Set<ItemID>()
        let union = (a.changes + b.changes).filter { seen.insert($0.id).inserted }
        let ordered = AgreementStore.chronological(union.sorted { $0.id.rawValue < $1.id.rawValue })
        let data = try encoded(HistoryFile(agreementID: a.agreementID, changes: ordered), path: path)
        _ = try read(data, "merged")
        return Merged(data: data, conflicts: [])
    }

    /// Any other file as a tree by ids; a conflict there has nowhere to be recorded, so the
    /// file is left to a person.
    private func mergeTree<T: Codable>(_ type: T.Type, kind: SchemaMigration.FileKind?, base: Data, ours: Data, theirs: Data,
                                       path: String) throws(StoreError) -> Merged {
        func tree(_ data: Data, _ label: String) throws(StoreError) -> JSONValue {
            let file = "\(path) (\(label))"
            if let kind, let versioned = type as? any VersionedFile.Type {
                return try versioned.tree(data, kind: kind, migration: migration, file: file)
            }
            if let (position, problem) = JSONLocator.parse(data, tree: false).strictProblem {
                throw StoreError(file: file, line: position.line, column: position.column, problem: problem)
            }
            do { return try StoreCoding.decode(JSONValue.self, from: data) } catch {
                throw StoreError(file: file, problem: .undecodable(path: "", detail: "\(error)"))
            }
        }
        let (merged, conflicts) = TreeMerge.merge(base: base.isEmpty ? nil : try tree(base, "base"), ours: try tree(ours, "ours"),
                                                  theirs: try tree(theirs, "theirs"))
        guard conflicts.isEmpty, let merged else {
            throw StoreError(file: path, problem: .unmergeable(path: conflicts.first?.path.description ?? ""))
        }
        let data = try encoded(merged, path: path)
        _ = try tree(data, "merged")
        return Merged(data: data, conflicts: [])
    }

    private func encoded<T: Encodable>(_ value: T, path: String) throws(StoreError) -> Data {
        do { return try StoreCoding.encode(value) } catch {
            throw StoreError(file: path, problem: .encodingFailed(detail: "\(error)"))
        }
    }
}

/// A store file with a schema version, read strictly and migrated before it is merged as a tree.
protocol VersionedFile: Codable {
    var version: Int { get }
}

extension VersionedFile {
    static func tree(_ data: Data, kind: SchemaMigration.FileKind, migration: SchemaMigration, file: String) throws(StoreError) -> JSONValue {
        let value = try FileDecoder(migration: migration).decode(Self.self, kind: kind, from: data, file: file, version: \.version)
        do { return try JSONValue.of(value) } catch {
            throw StoreError(file: file, problem: .encodingFailed(detail: "\(error)"))
        }
    }
}

extension PrivateFile: VersionedFile {}
