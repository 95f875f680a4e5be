import AgreementKit
import Catalogue

extension AppCore {
    /// Applies a change to the agreement: records it for undo, says what it did, asks for a save.
    /// A change of a field with a recorded conflict settles the conflict.
    public mutating func commit(_ change: (inout Agreement) -> Void, note: String, undoable: Bool = true) -> [Effect] {
        let settling: (inout Agreement) -> Void = { agreement in
            let before = agreement
            change(&agreement)
            agreement.dropConflictsSettled(since: before)
        }
        guard document != nil, document!.apply(settling, note: note, undoable: undoable), let agreement else { return [] }
        session.pendingNote = note
        status = Status(words.interface(.saving(note)))
        return [.save(agreement, expecting: session.stamp)]
    }

    /// `u`: takes back the last change of the session. A phase change is never taken back
    /// silently: moving back a phase asks for a reason, as reopening does.
    mutating func undo() -> Outcome {
        guard let last = document?.nextUndo, let agreement else {
            say(.nothingToUndo, .warning)
            return .none
        }
        if session.isReadOnly {
            status = Status(refusal(.readOnly), kind: .warning)
            return .none
        }
        if last.movedPhase {
            if agreement.phase > last.before.phase {
                say(.undoPhaseNeedsReason(words.phase(agreement.phase)), .warning)
                return .push(FormState(.reopen(undoing: true), core: self))
            }
            say(.undoReopenRefused, .warning)
            return .none
        }
        guard let change = document?.undo() else { return .none }
        session.pendingNote = words.interface(.undone(change.note))
        status = Status(words.interface(.saving(session.pendingNote ?? "")))
        return .effects([.save(document!.agreement, expecting: session.stamp)])
    }

    /// `Ctrl-R`: puts back the change undo took back.
    mutating func redo() -> [Effect] {
        if session.isReadOnly {
            status = Status(refusal(.readOnly), kind: .warning)
            return []
        }
        guard let change = document?.redo(), let agreement else {
            say(.nothingToRedo, .warning)
            return []
        }
        session.pendingNote = words.interface(.redone(change.note))
        status = Status(words.interface(.saving(session.pendingNote ?? "")))
        return [.save(agreement, expecting: session.stamp)]
    }

    /// `Ctrl-S`: saves again (after a failed save).
    mutating func saveNow() -> [Effect] {
        guard let agreement, !session.isReadOnly else { return [] }
        return [.save(agreement, expecting: session.stamp)]
    }

    /// A new item id.
    public mutating func newID() -> ItemID { session.ids.next() }
}
