import AgreementKit
import Dispatch
import Foundation
import Synchronization

extension AgreementStore {
    /// Every agreement as a summary, from the index (and the delta saves wrote) where it is
    /// fresh; stale or missing entries are rebuilt from their files (read as strictly as `load`
    /// does) and the healed index is written back. Entries that are not regular files are
    /// reported, never read. `announce` hears how many agreements must be read from their files
    /// before they are, when that is `announcedReads` or more (an index missing or stale, as after
    /// a clone or a copy of the store: seconds at 2,000), so a waiting person can be told.
    public func list(announcing announce: ((Int) -> Void)? = nil) throws(StoreError) -> ListResult {
        // The index read is let go before the summaries are sorted (0.3 MB of the overview's peak).
        let listing = try listing(announcing: announce)
        return ListResult(summaries: Self.sortedByUnit(listing.summaries), problems: listing.problems)
    }

    /// The summaries and problems of every agreement file, in the folder's order; the index
    /// written again when it was stale.
    private func listing(announcing announce: ((Int) -> Void)?) throws(StoreError) -> (summaries: [AgreementSummary], problems: [StoreError]) {
        flushIndex()
        let base = readIndex(indexPath) ?? StoreIndex()
        let delta = readIndex(indexDeltaPath) ?? StoreIndex()
        var listing = Listing(capacity: base.entries.count + delta.entries.count)
        // The folder is read after the index, and name by name: its 4,000 names in a store of 2,000
        // agreements are never alive together (0.4 MB of the overview's peak when they were listed).
        do throws(FileSystemError) {
            try fileSystem.forEachName(in: root) { name in
                if let id = StoreFiles.agreementID(fromFileName: name) { add(id, to: &listing, base: base, delta: delta) }
            }
        } catch {
            throw StoreError(file: root, problem: error.reason == .notFound ? .storeMissing : .storeUnusable(error))
        }
        if listing.stale.count >= Self.announcedReads { announce?(listing.stale.count) }
        for (stale, read) in zip(listing.stale, summaries(of: listing.stale)) {
            switch read {
            case .success(let summary):
                listing.fresh.append((stale.id, StoreIndex.Entry(stamp: stale.stamp, summary: summary)))
                listing.summaries.append(summary)
            case .failure(let problem):
                listing.problems.append(problem)
            }
        }
        // Entries of files that are gone are dropped too. The delta is folded in when the index is
        // written anyway, or when it has grown.
        if listing.healed || listing.fresh.count != base.entries.count || delta.entries.count >= StoreIndex.deltaLimit {
            var index = StoreIndex()
            index.entries = Dictionary(listing.fresh.lazy.map { ($0.id, $0.entry) }, uniquingKeysWith: { _, last in last })
            writeIndex(index, to: indexPath)
            if !delta.entries.isEmpty { foldDelta(into: index) }
        }
        return (listing.summaries, listing.problems)
    }

    /// By unit in Norwegian order, then newest year first. One sort key per unit, not two per
    /// comparison; the indices sorted, not the summaries (moving whole summaries retained and
    /// released every string in them).
    private static func sortedByUnit(_ summaries: [AgreementSummary]) -> [AgreementSummary] {
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
        return order.map { summaries[$0] }
    }

    /// What the listing has found so far.
    private struct Listing {
        /// The entries of the index as it should be, in a list: made into the index only when it is written.
        var fresh: [(id: String, entry: StoreIndex.Entry)] = []
        var summaries: [AgreementSummary] = []
        var problems: [StoreError] = []
        /// The agreements whose entries are missing or stale, to be read from their files.
        var stale: [(id: String, stamp: FileStamp)] = []
        /// Whether the index on disk is out of date.
        var healed = false

        init(capacity: Int) {
            fresh.reserveCapacity(capacity)
            summaries.reserveCapacity(capacity)
        }
    }

    /// Adds the agreement `id` to `listing`: its entry in the index (or the delta) when its file is
    /// unchanged, else read from its file.
    private func add(_ id: String, to listing: inout Listing, base: StoreIndex, delta: StoreIndex) {
        let file = path(of: id)
        let stamp: FileStamp
        do throws(FileSystemError) {
            let info = try fileSystem.info(file, followingLinks: true)
            guard info.kind == .regular else { throw FileSystemError(path: file, reason: .notRegularFile(info.kind)) }
            stamp = info.stamp
        } catch {
            listing.healed = listing.healed || base.entries[id] != nil
            listing.problems.append(StoreError(file: file, problem: .unreadable(error)))
            return
        }
        // The delta holds what saves wrote since the index was written; either may be the current one.
        if let entry = Self.entry(id, stamp: stamp, in: delta) ?? Self.entry(id, stamp: stamp, in: base) {
            // The summary's own id, not the one made of the file's name: one string alive, not two.
            listing.fresh.append((entry.summary.id == id ? entry.summary.id : id, entry))
            listing.summaries.append(entry.summary)
            return
        }
        listing.healed = true
        listing.stale.append((id, stamp))
    }

    /// The summaries of agreements read from their files, in the order asked. Many at once (an
    /// index rebuilt after a clone or a copy of the store: every stamp is new) are read side by
    /// side, one reader per core; the decoding is all CPU, 4 ms for an agreement of 56 kB.
    private func summaries(of stale: [(id: String, stamp: FileStamp)]) -> [Result<AgreementSummary, StoreError>] {
        // The usual listing has nothing or a few saves to read: no threads, not even a look at the cores.
        guard stale.count >= 2 * Self.filesPerReader else { return stale.map { summary(of: $0.id) } }
        let readers = min(ProcessInfo.processInfo.activeProcessorCount, stale.count / Self.filesPerReader)
        guard readers > 1 else { return stale.map { summary(of: $0.id) } }
        let results = Mutex([Result<AgreementSummary, StoreError>?](repeating: nil, count: stale.count))
        let next = Atomic(0)
        DispatchQueue.concurrentPerform(iterations: readers) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < stale.count else { return }
                let read = summary(of: stale[index].id)
                results.withLock { $0[index] = read }
            }
        }
        // Every place is filled (each index is taken once); the fallback only keeps this total.
        return results.withLock { $0.enumerated().map { $1 ?? summary(of: stale[$0].id) } }
    }

    /// From this many agreements to read from their files, a listing announces it (about half a second).
    public static let announcedReads = 150

    /// Fewer stale files than this per core are read on the calling thread (threads cost more).
    static let filesPerReader = 8

    /// One agreement's summary, read and decoded as strictly as `load` does.
    private func summary(of id: String) -> Result<AgreementSummary, StoreError> {
        let file = path(of: id)
        do {
            let data = try fileSystem.read(file)
            let agreement = try decodeAgreement(data, file: file)
            guard agreement.id == id else {
                throw StoreError(file: file, line: 1, column: 1, problem: .idMismatch(found: agreement.id, expected: id))
            }
            return .success(AgreementSummary(agreement))
        } catch let error as StoreError {
            return .failure(error)
        } catch let error as FileSystemError {
            return .failure(StoreError(file: file, problem: .unreadable(error)))
        } catch {
            return .failure(StoreError(file: file, problem: .undecodable(path: "", detail: "\(error)")))
        }
    }

    /// The index's entry for `id` when its file still has `stamp`.
    private static func entry(_ id: String, stamp: FileStamp, in index: StoreIndex) -> StoreIndex.Entry? {
        guard !index.entries.isEmpty, let entry = index.entries[id], entry.stamp == stamp else { return nil }
        return entry
    }
}
