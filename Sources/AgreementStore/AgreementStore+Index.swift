import AgreementKit
import Foundation

extension AgreementStore {
    var indexPath: String { "\(root)/\(StoreIndex.fileName)" }
    var indexDeltaPath: String { "\(root)/\(StoreIndex.deltaFileName)" }

    /// The index (or its delta) at `path`; nil when missing, unreadable, or of another version.
    func readIndex(_ path: String) -> StoreIndex? {
        // Read as it comes: the entries are made while the file is read, never held whole.
        var stream = IndexStream(size: (try? fileSystem.info(path, followingLinks: true)).map { Int($0.size) })
        guard (try? fileSystem.read(path, limit: ReadLimit.index, inPieces: { stream.feed($0) })) != nil else { return nil }
        return stream.finish()
    }

    /// Writes an index file; it is a cache, so failing (a read-only store) costs only speed.
    func writeIndex(_ index: StoreIndex, to path: String) {
        if let data = try? StoreCoding.encodeCompact(index) {
            _ = try? fileSystem.write(data, to: path, options: .cacheFile(permissions: 0o644))
        }
    }

    /// Writes the summaries of the saves `SaveIndexing.batched` kept into the index's delta (the
    /// app: when it closes an agreement or quits). A listing does it first anyway.
    public func flushIndex() {
        let pending = pendingIndex.take()
        if !pending.isEmpty { recordInIndex(pending) }
    }

    /// After saves: each agreement's summary, under the stamp of the file its save wrote, goes
    /// into the index's delta, so listings need not read the file again.
    func recordInIndex(_ saved: [(agreement: Agreement, stamp: FileStamp)]) {
        let path = indexDeltaPath
        IndexLock.withLock(in: root) {
            // The delta as this store wrote it last, when nobody has written it since; else read.
            let known = deltaMemo.current(at: path, stamp: fileSystem.stamp(path))
            var delta = known?.index ?? readIndex(path) ?? StoreIndex()
            var encoded = known?.encoded ?? [:]
            var changed = false
            for (agreement, stamp) in saved {
                let entry = StoreIndex.Entry(stamp: stamp, summary: AgreementSummary(agreement))
                guard delta.entries[agreement.id] != entry else { continue }
                // A full delta waits for the next listing to fold it in; this entry then heals from its file.
                guard delta.entries[agreement.id] != nil || delta.entries.count < StoreIndex.deltaLimit else { continue }
                delta.entries[agreement.id] = entry
                encoded[agreement.id] = nil
                changed = true
            }
            guard changed else { return }
            do {
                for (id, each) in delta.entries where encoded[id] == nil {
                    encoded[id] = Array(try StoreJSONEncoder.encode(each, pretty: false))
                }
            } catch {
                return  // a cache: not written costs only speed
            }
            // Forgotten first: a write that fails may have left the file changed.
            deltaMemo.remember(nil)
            guard let stamp = try? fileSystem.writeStamped(StoreIndex.compactFile(encodedEntries: encoded), to: path,
                                                           options: .cacheFile(permissions: 0o644)) else { return }
            deltaMemo.remember(IndexDeltaMemo.Written(path: path, stamp: stamp, index: delta, encoded: encoded))
        }
    }

    /// After the index was written with `written`: the delta's entries it now holds are dropped
    /// (those saved meanwhile stay), and an empty delta is removed.
    func foldDelta(into written: StoreIndex) {
        IndexLock.withLock(in: root) {
            guard var delta = readIndex(indexDeltaPath) else { return }
            let before = delta.entries.count
            delta.entries = delta.entries.filter { written.entries[$0.key] != $0.value }
            if delta.entries.isEmpty {
                _ = try? fileSystem.remove(indexDeltaPath)
            } else if delta.entries.count != before {
                writeIndex(delta, to: indexDeltaPath)
            }
        }
    }
}
