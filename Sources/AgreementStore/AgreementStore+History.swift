import AgreementKit
import Foundation

extension AgreementStore {
    /// The companion folder of an agreement, `<root>/<id>`.
    public func companionPath(of id: String) -> String { "\(root)/\(StoreFiles.companionFolder(id))" }

    /// The path of an agreement's history file: the shared one, or section 4's (0600).
    public func historyPath(of id: String, private isPrivate: Bool = false) -> String {
        "\(companionPath(of: id))/\(isPrivate ? StoreFiles.privateHistoryFileName : StoreFiles.historyFileName)"
    }

    /// Every recorded change of an agreement, section 4's included unless not asked for, oldest first (by time; in
    /// the order written within one moment). Missing files are an empty history.
    public func history(of id: String, includingPrivate: Bool = true) throws(StoreError) -> [ChangeRecord] {
        let shared = try readHistory(historyPath(of: id))
        let personal = includingPrivate ? try readHistory(historyPath(of: id, private: true)) : []
        return Self.chronological(shared + personal)
    }

    /// Records sorted by the instant they were made, ties in their given order.
    static func chronological(_ records: [ChangeRecord]) -> [ChangeRecord] {
        let instants = records.map { ISOTimestamp.date($0.stamp.time)?.timeIntervalSince1970 ?? 0 }
        return records.indices.sorted { (instants[$0], $0) < (instants[$1], $1) }.map { records[$0] }
    }

    /// The records of one history file; none when it does not exist.
    func readHistory(_ file: String) throws(StoreError) -> [ChangeRecord] {
        let data: Data
        do { data = try fileSystem.read(file) } catch {
            if error.reason == .notFound { return [] }
            throw StoreError(file: file, problem: .unreadable(error))
        }
        return try FileDecoder(migration: HistoryFile.migration).decode(HistoryFile.self, kind: .agreement, from: data, file: file, version: \.version).changes
    }

    /// Records what a save changed, in the history files, after the save itself: the
    /// agreement's words come first. What could not be recorded is noted, never thrown.
    func recordHistory(from old: Agreement?, to new: Agreement, report: inout SaveReport) {
        let stamp = author.stamp()
        var records: (public: [ChangeRecord], private: [ChangeRecord])
        if let old {
            records = ChangeRecord.records(from: old, to: new, stamp: stamp, newID: { ItemID.random() })
        } else {
            records = ([ChangeRecord(id: ItemID.random(), stamp: stamp, change: TreeChange(.added, at: ChangePath(), old: nil, new: nil))], [])
        }
        do {
            if !records.public.isEmpty { try appendHistory(records.public, to: new.id, private: false) }
            report.recorded += records.public.count
            if !records.private.isEmpty { try appendHistory(records.private, to: new.id, private: true) }
            report.recordedPrivately += records.private.count
        } catch {
            report.notes.append(error)
        }
    }

    /// Adds records at the end of a history file, creating the folder and file when needed.
    /// The entries already there are not decoded or encoded again: the new ones are written in
    /// front of the file's tail, so a long history costs a copy, not a re-encoding. A file that
    /// is not as the store writes it is read and written whole; one that cannot be read is
    /// left as it is and the records are not written (the error says why).
    func appendHistory(_ records: [ChangeRecord], to id: String, private isPrivate: Bool) throws(StoreError) {
        let file = historyPath(of: id, private: isPrivate)
        let options = WriteOptions.internalFile(permissions: isPrivate ? 0o600 : 0o644)
        do {
            try fileSystem.createDirectory(companionPath(of: id))
            let before = fileSystem.stamp(file)
            let existing: Data?
            do { existing = try fileSystem.read(file, limit: ReadLimit.history) } catch {
                guard error.reason == .notFound else { throw StoreError(file: file, problem: .unreadable(error)) }
                existing = nil
            }
            let data: Data
            if let existing {
                // Unchanged since this store wrote it (the same stamp before and after the read):
                // it is as the store writes it, no need to parse it all again.
                let own = historyStamps.wroteLast(file, stamp: before) && fileSystem.stamp(file) == before
                data = try appended(records, to: existing, file: file, knownWellFormed: own)
            } else {
                data = try StoreCoding.encode(HistoryFile(agreementID: id, changes: records))
            }
            // Forgotten first: a write that fails may have left the file changed.
            historyStamps.wrote(file, stamp: nil)
            historyStamps.wrote(file, stamp: try fileSystem.writeStamped(data, to: file, options: options))
        } catch let error as StoreError {
            throw error
        } catch let error as FileSystemError {
            throw StoreError(file: error.path, problem: .historyNotWritten(error))
        } catch {
            throw StoreError(file: file, problem: .encodingFailed(detail: "\(error)"))
        }
    }

    private func appended(_ records: [ChangeRecord], to existing: Data, file: String, knownWellFormed: Bool) throws -> Data {
        let tail = Data(HistoryFile.tail.utf8)
        let lastEntry = Data("\n    }".utf8)
        if existing.count > tail.count + lastEntry.count, existing.suffix(tail.count) == tail,
           existing.dropLast(tail.count).suffix(lastEntry.count) == lastEntry,
           knownWellFormed || JSONLocator.parse(existing, tree: false).strictProblem == nil {
            var out = [UInt8]()
            out.reserveCapacity(existing.count + 2_048 * records.count)
            out.append(contentsOf: existing.dropLast(tail.count))
            for record in records {
                // An element of the file's list of changes: two levels in, as the whole file is written.
                out.append(contentsOf: Array(",\n    ".utf8))
                try StoreJSONEncoder.write(record, into: &out, depth: 2)
            }
            out.append(contentsOf: tail)
            return Data(out)
        }
        var history = try FileDecoder(migration: HistoryFile.migration).decode(HistoryFile.self, kind: .agreement, from: existing, file: file, version: \.version)
        history.changes += records
        history.version = HistoryFile.currentVersion
        return try StoreCoding.encode(history)
    }
}
