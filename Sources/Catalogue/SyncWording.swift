import AgreementKit

/// The words of working together: the change history, conflicts a merge recorded, syncing
/// through git and the merge driver.
public protocol SyncWording: Sendable {
    /// What kind of conflict: "endret ulikt på begge sider".
    func conflictKind(_ kind: FieldConflict.Kind) -> String
}
