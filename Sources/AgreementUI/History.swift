import AgreementKit

/// Undo and redo of every change in the session: the agreement before each change.
public struct History: Equatable, Sendable {
    public static let limit = 1_000

    public private(set) var undoStack: [Agreement] = []
    public private(set) var redoStack: [Agreement] = []

    public init() {}

    /// Records the agreement as it was before a change; a new change clears redo.
    mutating func record(_ before: Agreement) {
        undoStack.append(before)
        if undoStack.count > Self.limit { undoStack.removeFirst(undoStack.count - Self.limit) }
        redoStack.removeAll()
    }

    /// The agreement to go back to, remembering `current` for redo.
    mutating func undo(from current: Agreement) -> Agreement? {
        guard let previous = undoStack.popLast() else { return nil }
        redoStack.append(current)
        return previous
    }

    /// The agreement to go forward to, remembering `current` for undo.
    mutating func redo(from current: Agreement) -> Agreement? {
        guard let next = redoStack.popLast() else { return nil }
        undoStack.append(current)
        return next
    }
}
