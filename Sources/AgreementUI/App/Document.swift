import AgreementKit

/// The open agreement and the history of this session's changes to it, for undo and redo.
public struct Document: Equatable, Sendable {
    /// One change: the agreement before it, what it did (for "Angret: …") and whether it moved the phase.
    public struct Change: Equatable, Sendable {
        public var before: Agreement
        public var note: String
        public var movedPhase: Bool
    }

    public static let historyLimit = 1_000

    public private(set) var agreement: Agreement
    public private(set) var undoStack: [Change] = []
    public private(set) var redoStack: [Change] = []
    /// Counts every change of `agreement`, so screens know when to rebuild what they derive from it.
    public private(set) var revision = 0

    public init(_ agreement: Agreement) {
        self.agreement = agreement
    }

    /// Applies a change; returns false (and records nothing) when it changed nothing. With
    /// `undoable` false the change is not offered to undo (it took back a phase change).
    public mutating func apply(_ change: (inout Agreement) -> Void, note: String, undoable: Bool = true) -> Bool {
        var changed = agreement
        change(&changed)
        guard changed != agreement else { return false }
        if undoable {
            undoStack.append(Change(before: agreement, note: note, movedPhase: changed.phase != agreement.phase))
            if undoStack.count > Self.historyLimit { undoStack.removeFirst(undoStack.count - Self.historyLimit) }
        }
        redoStack.removeAll()
        agreement = changed
        revision += 1
        return true
    }

    /// The change undo would take back, if any.
    public var nextUndo: Change? { undoStack.last }

    /// Goes back one change; returns it.
    public mutating func undo() -> Change? {
        guard let last = undoStack.popLast() else { return nil }
        redoStack.append(Change(before: agreement, note: last.note, movedPhase: last.movedPhase))
        agreement = last.before
        revision += 1
        return last
    }

    /// Goes forward one change; returns it.
    public mutating func redo() -> Change? {
        guard let next = redoStack.popLast() else { return nil }
        undoStack.append(Change(before: agreement, note: next.note, movedPhase: next.movedPhase))
        agreement = next.before
        revision += 1
        return next
    }

    /// Forgets every change before now: their snapshots predate a record that must stay (a
    /// reopening), so taking one back would erase that record with it.
    public mutating func forgetHistory() {
        undoStack.removeAll()
        redoStack.removeAll()
    }

    /// Replaces the agreement with the one on disk; the history no longer applies to it.
    public mutating func reload(_ fresh: Agreement) {
        agreement = fresh
        undoStack.removeAll()
        redoStack.removeAll()
        revision += 1
    }
}
