/// Remembers the ids met while walking a file, to find invalid and repeated ones.
struct IDRegister {
    /// What is wrong with an id.
    enum Fault: Equatable {
        case invalid
        case duplicate(firstAt: [PathComponent])
    }

    private var seen: [ItemID: [PathComponent]] = [:]

    /// Notes `id` at `path` (the item's path); returns the fault, if any.
    mutating func note(_ id: ItemID, at path: [PathComponent]) -> Fault? {
        if id.rawValue.isEmpty || id.rawValue.contains(where: { $0.isWhitespace || $0.isNewline }) { return .invalid }
        if let first = seen[id] { return .duplicate(firstAt: first) }
        seen[id] = path
        return nil
    }
}

