import AgreementKit
import AgreementStore
import AgreementUI
import Foundation

/// The store's side of a script that edits (`CostScript.saves`): a scratch store with the samples,
/// where every `.save` the keys ask for is made as the app makes it — the history diffed against
/// the copy saved last, the index told when the agreement is let go. The first save of a session
/// encodes the whole file and reads the history through; the later ones only what changed.
struct ScriptSaver {
    let store: AgreementStore
    private var lastSaved: Agreement

    init(agreementID: String) throws {
        var store = AgreementStore(root: NSTemporaryDirectory() + "lederavtale-bench-save-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        _ = try store.installSamples()
        store.indexing = .batched
        self.store = store
        lastSaved = try store.load(agreementID)
        // What a session's first save does once — the whole file encoded, the history read through —
        // is done here, before the keys: they count what every later save costs.
        var changed = lastSaved
        changed.conditions.contactComment += " (oppvarming)"
        _ = try perform(.save(changed, expecting: nil))
        _ = try perform(.save(lastSaved, expecting: nil))
    }

    /// Makes the save `effect` asks for (other effects are not the store's); the changes the history recorded.
    mutating func perform(_ effect: Effect) throws -> Int {
        guard case .save(let agreement, _) = effect else { return 0 }
        var report = SaveReport()
        try store.save(agreement, expecting: nil, previous: lastSaved, report: &report)
        lastSaved = agreement
        return report.recorded
    }

    /// Removes the scratch store.
    func remove() {
        store.flushIndex()
        try? FileManager.default.removeItem(atPath: store.root)
    }
}
