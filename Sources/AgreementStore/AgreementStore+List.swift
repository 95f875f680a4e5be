import AgreementKit
import Foundation

extension AgreementStore {
    /// Every agreement as a summary, from the index where it is fresh; stale or missing
    /// entries are rebuilt from their files (read as strictly as `load` does) and the healed
    /// index is written back. Entries that are not regular files are reported, never read.
    public func list() throws(StoreError) -> ListResult {
        let names: [String]
        do { names = try fileSystem.list(root) } catch {
            throw StoreError(file: root, problem: error.reason == .notFound ? .storeMissing : .storeUnusable(error))
        }
        let indexPath = "\(root)/\(StoreIndex.fileName)"
        var index = (try? fileSystem.read(indexPath, limit: ReadLimit.index)).flatMap { try? StoreCoding.decode(StoreIndex.self, from: $0) } ?? StoreIndex()
        if index.version != StoreIndex.version { index = StoreIndex() }
        let original = index
        var summaries: [AgreementSummary] = []
        var problems: [StoreError] = []
        var present = Set<String>()
        for name in names {
            guard let id = StoreFiles.agreementID(fromFileName: name) else { continue }
            present.insert(id)
            let file = path(of: id)
            let stamp: FileStamp
            do throws(FileSystemError) {
                let info = try fileSystem.info(file, followingLinks: true)
                guard info.kind == .regular else { throw FileSystemError(path: file, reason: .notRegularFile(info.kind)) }
                stamp = info.stamp
            } catch {
                index.entries[id] = nil
                problems.append(StoreError(file: file, problem: .unreadable(error)))
                continue
            }
            if let entry = index.entries[id], entry.stamp == stamp {
                summaries.append(entry.summary)
                continue
            }
            do {
                let data = try fileSystem.read(file)
                let agreement = try decodeAgreement(data, file: file)
                guard agreement.id == id else {
                    throw StoreError(file: file, line: 1, column: 1, problem: .idMismatch(found: agreement.id, expected: id))
                }
                let summary = AgreementSummary(agreement)
                index.entries[id] = StoreIndex.Entry(stamp: stamp, summary: summary)
                summaries.append(summary)
            } catch let error as StoreError {
                index.entries[id] = nil
                problems.append(error)
            } catch let error as FileSystemError {
                index.entries[id] = nil
                problems.append(StoreError(file: file, problem: .unreadable(error)))
            } catch {
                index.entries[id] = nil
                problems.append(StoreError(file: file, problem: .undecodable(path: "", detail: "\(error)")))
            }
        }
        index.entries = index.entries.filter { present.contains($0.key) }
        if index != original, let data = try? StoreCoding.encode(index) {
            // The index is a cache: failing to write it (read-only store) costs only speed.
            _ = try? fileSystem.write(data, to: indexPath, options: .internalFile(permissions: 0o644))
        }
        // One sort key per unit, not two per comparison.
        var keys: [String: String] = [:]
        for s in summaries where keys[s.unit] == nil { keys[s.unit] = NorwegianOrder.key(s.unit) }
        summaries.sort { a, b in
            if a.unit == b.unit { return (a.year, a.id) > (b.year, b.id) }
            let (ka, kb) = (keys[a.unit] ?? a.unit, keys[b.unit] ?? b.unit)
            return ka == kb ? a.unit < b.unit : ka.unicodeScalars.lexicographicallyPrecedes(kb.unicodeScalars)
        }
        return ListResult(summaries: summaries, problems: problems)
    }
}
