import AgreementKit
import AgreementStore

/// The words of working together: the change history, conflicts a merge recorded, syncing
/// through git and the merge driver — on the command line and in the interface.
public protocol SyncWording: Sendable {
    /// What kind of conflict: "konflikt: endret ulikt på begge sider".
    func conflictKind(_ kind: FieldConflict.Kind) -> String
    /// Who made a change: "Kari Nordmann (enhetsleder)", the role or "ukjent" when not known.
    func changedBy(_ stamp: ChangeStamp) -> String
    /// When: "15.09.2011 10:42".
    func changedAt(_ stamp: ChangeStamp) -> String
    /// Where a change is: "2.1 1. Frivillighet – mål 1.1 – Mål for enheten".
    func changeWhere(_ location: ChangeLocation) -> String
    /// What changed: "«Mål» → «Flere frivillige»", "ny loggføring «Dugnad»".
    func changeWhat(_ record: ChangeRecord, at location: ChangeLocation) -> String
    /// A value in a line: quoted, shortened, line breaks shown.
    func quoted(_ value: JSONValue?, width: Int) -> String
    /// One change as a commit message lists it: "2 loggføringer", "vurdering av mål 3".
    func topic(_ topic: ChangeSummary.Topic, count: Int) -> String
    /// "Hoeggen skole 2011: 2 loggføringer, vurdering av mål 3".
    func commitMessage(unit: String, year: Int, summary: ChangeSummary) -> String
    func commitDeleted(_ id: String) -> String
    func commitOtherFiles(_ paths: [String]) -> String
    func commitPrivateFiles(_ ids: [String]) -> String
    func commitMerge(_ branch: String?) -> String
    var commitFirst: String { get }

    // The command line.
    var syncAbstract: String { get }
    var syncDiscussion: String { get }
    var remoteOptionHelp: String { get }
    var privateRemoteOptionHelp: String { get }
    var gitFlagHelp: String { get }
    var initRemoteOptionHelp: String { get }
    var mergeDriverAbstract: String { get }
    var mergeDriverDiscussion: String { get }
    func mergeDriverArgumentHelp(_ argument: MergeDriverArgument) -> String
    var historyAbstract: String { get }
    var historyDiscussion: String { get }
    var goalOptionHelp: String { get }
    var fieldOptionHelp: String { get }
    var sinceOptionHelp: String { get }
    var historyFormatHelp: String { get }
    var historyPrivateFlagHelp: String { get }
    /// The columns of `history --format table`.
    var historyColumns: (when: String, who: String, place: String, what: String) { get }
    func historyEmpty(_ id: String) -> String
    func goalUnknown(_ given: String, known: [String]) -> String
    /// `init --git`: a repository made, or one that was there prepared.
    func gitRepositoryMade(_ root: String, created: Bool) -> String
    func remoteAdded(_ name: String, url: String) -> String
    /// What sync did and found, one line each.
    func syncCommitted(_ message: String) -> String
    func syncReceived(_ remote: String, files: Int) -> String
    func syncPushed(_ remote: String) -> String
    func syncInSync(_ remote: String) -> String
    func syncPrivateDone(_ remote: String) -> String
    func syncProblem(_ problem: SyncProblem) -> String
    func syncUnmerged(_ path: String) -> String
    func syncConflict(_ conflict: PendingConflict) -> String
    var syncNeedsPerson: String { get }
    func syncStep(_ step: SyncStep) -> String
    /// The merge driver recorded conflicts in a file.
    func mergeRecorded(_ path: String, count: Int) -> String
    /// The merge driver could not merge a file and left it to git's line merge.
    func mergeLeftToGit(_ path: String, reason: String) -> String
    /// git is needed and not found.
    var gitNotFound: String { get }

    // The interface.
    /// The header's note: "ikke synkronisert: 3 endringer".
    func unsynced(_ count: Int) -> String
    /// The status line after a sync in the app.
    func syncResult(_ report: SyncReport) -> String
    /// A conflict shown on its field: "konflikt — velg: a / b / rediger".
    func conflictOnField(_ conflict: FieldConflict) -> String
    /// The two values of a conflict, whole, with who set each.
    func conflictChoice(_ conflict: FieldConflict, side: AgreementMerge.Side) -> String
    /// The header's count of unsettled conflicts: "2 konflikter".
    func conflictsInHeader(_ count: Int) -> String
    /// A settled conflict, as the change's note: "konflikt avgjort: Mål for enheten".
    func conflictSettled(_ label: String) -> String
    /// A conflict that could not be settled (its value no longer fits the agreement).
    var conflictNotSettled: String { get }
    /// The history screen's title: "Historikk: Mål for enheten".
    func historyTitle(_ label: String) -> String
    /// The history of a field with no entries.
    var historyNone: String { get }
    /// The history screen's note under the title: what Enter does.
    var historyRestoreNote: String { get }
    /// A history value put back, as the change's note.
    func historyRestored(_ label: String) -> String
    /// The entry has no value to put back (the item was removed), or the field holds it already.
    var historyNothingToRestore: String { get }
    /// The selection has no field with a history (a heading, a count).
    var historyNoField: String { get }
    /// The history could not be read; the reason is worded.
    func historyUnreadable(_ reason: String) -> String
    /// The status line while a sync runs in the app.
    var syncing: String { get }
    /// After a sync's result: the agreement was saved while git worked, so it was not read
    /// again and those changes are not on the remote yet.
    var syncChangedMeanwhile: String { get }
    /// A sync runs already: the key waits for it.
    var syncRunning: String { get }
    /// Printed after quitting while a sync runs, before waiting for it to end.
    var syncWaitingOnQuit: String { get }
    /// The key's description, the footer's word and the help screen's heading, for the keys of
    /// working together.
    func describeTogether(_ command: TogetherCommand) -> String
    func hintTogether(_ command: TogetherCommand) -> String
    func togetherContextTitle(_ context: KeyContext) -> String
}

/// The arguments of `merge-driver`, as git passes them.
public enum MergeDriverArgument: Sendable {
    case base, ours, theirs, path
}
