import AgreementKit
import Foundation

extension AgreementStore {
    /// Every agreement as a summary, from the index (and the delta saves wrote) where it is
    /// fresh; stale or missing entries are rebuilt from their files (read as strictly as `load`
    /// does) and the healed index is written back. Entries that are not regular files are
    /// reported, never read.
    public func list() throws(StoreError) -> ListResult {
        let base = readIndex(indexPath) ?? StoreIndex()
        let delta = readIndex(indexDeltaPath) ?? StoreIndex()
        // The entries of the index as it should be, in a list: made into the index only when it is written.
        var fresh: [(id: String, entry: StoreIndex.Entry)] = []
        fresh.reserveCapacity(base.entries.count + delta.entries.count)
        var healed = false
        var summaries: [AgreementSummary] = []
        summaries.reserveCapacity(fresh.capacity)
        var problems: [StoreError] = []
        // The folder is read after the index: its 2,000 names are not alive while the index's
        // summaries are made (the allocator kept their room, 0.3 MB of the overview's peak).
        let names: [String]
        do { names = try fileSystem.list(root) } catch {
            throw StoreError(file: root, problem: error.reason == .notFound ? .storeMissing : .storeUnusable(error))
        }
        for name in names {
            guard let id = StoreFiles.agreementID(fromFileName: name) else { continue }
            let file = path(of: id)
            let stamp: FileStamp
            do throws(FileSystemError) {
                let info = try fileSystem.info(file, followingLinks: true)
                guard info.kind == .regular else { throw FileSystemError(path: file, reason: .notRegularFile(info.kind)) }
                stamp = info.stamp
            } catch {
                healed = healed || base.entries[id] != nil
                problems.append(StoreError(file: file, problem: .unreadable(error)))
                continue
            }
            // The delta holds what saves wrote since the index was written; either may be the current one.
            if let entry = Self.entry(id, stamp: stamp, in: delta) ?? Self.entry(id, stamp: stamp, in: base) {
                fresh.append((id, entry))
                summaries.append(entry.summary)
                continue
            }
            healed = true
            do {
                let data = try fileSystem.read(file)
                let agreement = try decodeAgreement(data, file: file)
                guard agreement.id == id else {
                    throw StoreError(file: file, line: 1, column: 1, problem: .idMismatch(found: agreement.id, expected: id))
                }
                let summary = AgreementSummary(agreement)
                fresh.append((id, StoreIndex.Entry(stamp: stamp, summary: summary)))
                summaries.append(summary)
            } catch let error as StoreError {
                problems.append(error)
            } catch let error as FileSystemError {
                problems.append(StoreError(file: file, problem: .unreadable(error)))
            } catch {
                problems.append(StoreError(file: file, problem: .undecodable(path: "", detail: "\(error)")))
            }
        }
        // Entries of files that are gone are dropped too. The delta is folded in when the index is
        // written anyway, or when it has grown.
        if healed || fresh.count != base.entries.count || delta.entries.count >= StoreIndex.deltaLimit {
            var index = StoreIndex()
            index.entries = Dictionary(fresh.lazy.map { ($0.id, $0.entry) }, uniquingKeysWith: { _, last in last })
            writeIndex(index, to: indexPath)
            if !delta.entries.isEmpty { foldDelta(into: index) }
        }
        // One sort key per unit, not two per comparison; the indices sorted, not the summaries
        // (moving whole summaries retained and released every string in them).
        var keys: [String: String] = [:]
        for s in summaries where keys[s.unit] == nil { keys[s.unit] = NorwegianOrder.key(s.unit) }
        let units = summaries.map(\.unit)
        let unitKeys = units.map { keys[$0] ?? $0 }
        let years = summaries.map(\.year)
        let ids = summaries.map(\.id)
        let order = summaries.indices.sorted { i, j in
            if units[i] == units[j] { return (years[i], ids[i]) > (years[j], ids[j]) }
            let (ka, kb) = (unitKeys[i], unitKeys[j])
            return ka == kb ? units[i] < units[j] : ka.unicodeScalars.lexicographicallyPrecedes(kb.unicodeScalars)
        }
        summaries = order.map { summaries[$0] }
        return ListResult(summaries: summaries, problems: problems)
    }

    /// The index's entry for `id` when its file still has `stamp`.
    private static func entry(_ id: String, stamp: FileStamp, in index: StoreIndex) -> StoreIndex.Entry? {
        guard !index.entries.isEmpty, let entry = index.entries[id], entry.stamp == stamp else { return nil }
        return entry
    }
}
