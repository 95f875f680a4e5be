import AgreementKit
import Foundation

/// What a store says about itself, in `store.json`: its own «per» date, so that a store of
/// past agreements (the samples are from 2011 and 2013) tells a coherent story.
public struct StoreFacts: Equatable, Sendable, Codable {
    public static let fileName = "store.json"
    public static let currentVersion = 1
    /// The sample store's date: autumn 2011, after the mid-year review.
    public static let sampleAsOf = LocalDate(year: 2011, month: 9, day: 15)

    public var version: Int = StoreFacts.currentVersion
    /// The date deadlines are reckoned from when no other is given; nil for the real date.
    public var asOf: LocalDate?

    public init(asOf: LocalDate? = nil) {
        self.asOf = asOf
    }
}

extension AgreementStore {
    /// The path of the store's own file.
    public var factsPath: String { "\(root)/\(StoreFacts.fileName)" }

    /// The store's facts; none when it has no `store.json`. A broken file is an error with line and column.
    public func facts() throws(StoreError) -> StoreFacts {
        let data: Data
        do { data = try fileSystem.read(factsPath, limit: 1024 * 1024) } catch {
            if error.reason == .notFound { return StoreFacts() }
            throw StoreError(file: factsPath, problem: .unreadable(error))
        }
        let decoder = FileDecoder(migration: SchemaMigration(steps: [:], currentVersion: StoreFacts.currentVersion))
        return try decoder.decode(StoreFacts.self, kind: .agreement, from: data, file: factsPath, version: \.version)
    }

    /// Writes the store's facts atomically.
    public func writeFacts(_ facts: StoreFacts) throws(StoreError) {
        let data: Data
        do { data = try StoreCoding.encode(facts) } catch {
            throw StoreError(file: factsPath, problem: .undecodable(path: "", detail: "\(error)"))
        }
        do { try AtomicWriter.write(data, to: factsPath, options: .internalFile(permissions: 0o644)) } catch {
            throw StoreError(file: factsPath, problem: .writeFailed(error))
        }
    }
}
