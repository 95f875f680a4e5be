import AgreementKit

/// English for working together in the app: conflicts on their fields, a field's history, syncing.
extension English {
    public func conflictsInHeader(_ count: Int) -> String { self.count(count, "conflict", "conflicts") }
    public func conflictSettled(_ label: String) -> String { "conflict settled: \(label)" }
    public var conflictNotSettled: String { "The conflict cannot be settled that way: the value no longer fits the agreement (edit the field)" }
    public func historyTitle(_ label: String) -> String { "History: \(label)" }
    public var historyNone: String { "No changes are recorded for this field." }
    public var historyRestoreNote: String { "Newest first. Enter puts the value a change gave back in the field, as a new change." }
    public func historyRestored(_ label: String) -> String { "restored from the history: \(label)" }
    public var historyNothingToRestore: String { "Nothing to restore: the field holds this value, or the change removed it" }
    public var historyNoField: String { "No history here: choose a field (Enter shows every field)" }
    public func historyUnreadable(_ reason: String) -> String { "The history cannot be read: \(reason)" }
    public var syncing: String { "Syncing …" }
    public var syncChangedMeanwhile: String { " – changed while git worked: the changes are saved here but not sent; sync again (S)" }
    public var syncRunning: String { "A sync is already running – wait for its result" }
    public var syncWaitingOnQuit: String { "lederavtale: waiting for the sync to finish …" }

    public func describeTogether(_ command: TogetherCommand) -> String {
        switch command {
        case .fieldHistory: "The field's history: who changed what and when (and put an old value back)"
        case .sync: "Sync the store through git (commit, fetch, merge, push)"
        case .takeA: "Conflict: keep a, the value on this machine"
        case .takeB: "Conflict: take b, the other value"
        case .editConflict: "Conflict: edit the field (saving settles the conflict)"
        case .up: "Previous change"
        case .down: "Next change"
        case .pageUp: "Page up"
        case .pageDown: "Page down"
        case .restore: "Put the value back in the field (a new change; with a reason once the agreement is signed)"
        case .close: "Close the history"
        }
    }

    public func hintTogether(_ command: TogetherCommand) -> String {
        switch command {
        case .fieldHistory: "History"
        case .sync: "Sync"
        case .takeA: "Keep a"
        case .takeB: "Take b"
        case .editConflict: "Edit"
        case .up: "Up"
        case .down: "Down"
        case .pageUp: "Page up"
        case .pageDown: "Page down"
        case .restore: "Restore"
        case .close: "Close"
        }
    }

    public func togetherContextTitle(_ context: KeyContext) -> String {
        context == .conflict ? "Detail view: a field with a conflict" : "The history of a field"
    }
}
