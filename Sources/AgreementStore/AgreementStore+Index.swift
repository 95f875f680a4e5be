import AgreementKit
import Foundation

extension AgreementStore {
    var indexPath: String { "\(root)/\(StoreIndex.fileName)" }
    var indexDeltaPath: String { "\(root)/\(StoreIndex.deltaFileName)" }

    /// The index (or its delta) at `path`; nil when missing, unreadable, or of another version.
    func readIndex(_ path: String) -> StoreIndex? {
        guard let data = try? fileSystem.read(path, limit: ReadLimit.index),
              let index = IndexReader.read(data) else { return nil }
        return index
    }

    /// Writes an index file; it is a cache, so failing (a read-only store) costs only speed.
    func writeIndex(_ index: StoreIndex, to path: String) {
        if let data = try? StoreCoding.encodeCompact(index) {
            _ = try? fileSystem.write(data, to: path, options: .cacheFile(permissions: 0o644))
        }
    }

    /// After a save: the agreement's summary, under the stamp of the file just written, goes
    /// into the index's delta, so listings need not read the file again.
    func recordInIndex(_ agreement: Agreement, stamp: FileStamp) {
        let entry = StoreIndex.Entry(stamp: stamp, summary: AgreementSummary(agreement))
        IndexLock.withLock(in: root) {
            var delta = readIndex(indexDeltaPath) ?? StoreIndex()
            guard delta.entries[agreement.id] != entry else { return }
            // A full delta waits for the next listing to fold it in; this entry then heals from its file.
            guard delta.entries[agreement.id] != nil || delta.entries.count < StoreIndex.deltaLimit else { return }
            delta.entries[agreement.id] = entry
            writeIndex(delta, to: indexDeltaPath)
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
