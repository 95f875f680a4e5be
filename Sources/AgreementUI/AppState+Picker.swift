extension AppState {
    /// Printable keys go into the filter; Backspace takes one back. Nil when the key is a command.
    mutating func pickerTyping(_ key: Key) -> [Effect]? {
        switch key {
        case .character(let c) where !c.isNewline:
            filter.append(c)
        case .paste(let text):
            filter += text.filter { !$0.isNewline }
        case .backspace:
            guard !filter.isEmpty else { return [] }
            filter.removeLast()
        case .control("u"):
            filter = ""
        default:
            return nil
        }
        pickerCursor = 0
        return []
    }

    mutating func pickerCommand(_ command: Command) -> [Effect] {
        let count = visibleEntries.count
        switch command {
        case .moveUp: pickerCursor = max(0, pickerCursor - 1)
        case .moveDown: pickerCursor = min(max(0, count - 1), pickerCursor + 1)
        case .pageUp: pickerCursor = max(0, pickerCursor - max(1, size.height - 6))
        case .pageDown: pickerCursor = min(max(0, count - 1), pickerCursor + max(1, size.height - 6))
        case .pickerOpen:
            guard visibleEntries.indices.contains(pickerCursor) else { return [] }
            return [.load(visibleEntries[pickerCursor].id)]
        case .pickerClear:
            if filter.isEmpty { return [.quit] }
            filter = ""
            pickerCursor = 0
        default: break
        }
        return []
    }
}
