import AgreementKit
import Synchronization

/// Saves not yet in the index's delta (`SaveIndexing.batched`), shared by copies of the store:
/// the agreement as saved, under the stamp the save gave its file. Its summary is made when it
/// is written, once however often it was saved meanwhile.
final class PendingIndexEntries: Sendable {
    private let saved = Mutex<[String: (agreement: Agreement, stamp: FileStamp)]>([:])

    /// Keeps the latest save of an agreement (it replaces an earlier one).
    func add(_ agreement: Agreement, stamp: FileStamp) {
        saved.withLock { $0[agreement.id] = (agreement, stamp) }
    }

    /// Every save kept, in id order, and none kept after.
    func take() -> [(agreement: Agreement, stamp: FileStamp)] {
        saved.withLock { pending in
            defer { pending = [:] }
            return pending.keys.sorted().compactMap { pending[$0] }
        }
    }
}
