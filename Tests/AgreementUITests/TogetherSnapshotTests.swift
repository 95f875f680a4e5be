import AgreementKit
import AgreementUI
import TestSupport
import Testing

/// Working together as text and roles: a field with a recorded conflict in the detail view, and
/// the history of a field, the header with changes not synced yet.
@Suite("Conflict and history screens at 80×24 and 120×40")
struct TogetherSnapshotTests {
    @Test(arguments: [(80, 24), (120, 40)])
    func conflictOnAField(width: Int, height: Int) {
        let state = TogetherUpdateTests.onConflict(phase: .followUp, width: width, height: height)
        Snapshot.assert(SampleState.render(state), named: "conflict-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func historyOfAField(width: Int, height: Int) {
        let state = TogetherUpdateTests.onHistory(phase: .followUp, width: width, height: height)
        Snapshot.assert(SampleState.render(state), named: "history-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func unsyncedChangesInTheHeader(width: Int, height: Int) {
        let state = SyncUpdateTests.opened(unsynced: 3, width: width, height: height)
        Snapshot.assert(SampleState.render(state), named: "unsynced-\(width)x\(height)")
    }
}
