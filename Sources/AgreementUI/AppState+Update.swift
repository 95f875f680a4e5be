import AgreementKit

extension AppState {
    /// Applies a message and returns the work the executable must do. No I/O happens here.
    public mutating func update(_ message: Message) -> [Effect] {
        switch message {
        case .resized(let size):
            self.size = size
            scrollGoalsIntoView()
            scrollItemPanesIntoView()
            return []
        case .agreementLoaded(let agreement):
            show(agreement)
            status = nil
            return []
        case .loadFailed(let text):
            status = StatusMessage(text, kind: .error)
            return []
        case .key(let key):
            return handle(key)
        }
    }

    private mutating func handle(_ key: Key) -> [Effect] {
        let context = keyContext
        if context == .picker, let effects = pickerTyping(key) { return effects }
        guard let command = Keymap.command(for: key, in: context) else { return [] }
        status = nil
        switch context {
        case .main: return mainCommand(command)
        case .detail: return scrollOverlay(command, detail: true)
        case .help: return scrollOverlay(command, detail: false)
        case .picker: return pickerCommand(command)
        }
    }

    private mutating func mainCommand(_ command: Command) -> [Effect] {
        switch command {
        case .moveUp: moveCursor(by: -1)
        case .moveDown: moveCursor(by: 1)
        case .pageUp: moveCursor(by: -pageSize)
        case .pageDown: moveCursor(by: pageSize)
        case .moveFirst: moveCursor(by: -Int.max / 2)
        case .moveLast: moveCursor(by: Int.max / 2)
        case .nextPane: focus = focus.next
        case .previousPane: focus = focus.previous
        case .open: overlay = .detail(offset: 0)
        case .back: focus = .goals
        case .help: overlay = .help(offset: 0)
        case .quit: return [.quit]
        default: break
        }
        return []
    }

    /// Lines a page moves in the focused pane.
    private var pageSize: Int {
        let layout = MainLayout(size)
        let rect = focus == .goals ? layout.goals : focus == .measures ? layout.measures : layout.log
        return max(1, rect.height - 3)
    }

    private mutating func moveCursor(by distance: Int) {
        switch focus {
        case .goals:
            guard let tree else { return }
            let before = goalsCursor
            goalsCursor = tree.move(from: goalsCursor, by: distance)
            scrollGoalsIntoView()
            if goalsCursor != before { resetItemPanes() }
        case .measures:
            measuresCursor = PaneList.move(measureItems, from: measuresCursor, by: distance)
            scrollItemPanesIntoView()
        case .log:
            logCursor = PaneList.move(logItems, from: logCursor, by: distance)
            scrollItemPanesIntoView()
        }
    }

    mutating func scrollGoalsIntoView() {
        let height = MainLayout.inner(MainLayout(size).goals).height
        guard height > 0 else { return }
        // Keep the heading above the cursor in view when it is the line just above.
        var top = goalsCursor
        if let tree, top > 0, !tree.nodes[top - 1].isSelectable { top -= 1 }
        if top < goalsScroll { goalsScroll = top }
        if goalsCursor >= goalsScroll + height { goalsScroll = goalsCursor - height + 1 }
        goalsScroll = max(0, goalsScroll)
    }

    mutating func scrollItemPanesIntoView() {
        let layout = MainLayout(size)
        let m = MainLayout.inner(layout.measures), l = MainLayout.inner(layout.log)
        measuresScroll = PaneList.scroll(measureItems, cursor: measuresCursor, current: measuresScroll, width: m.width, height: m.height)
        logScroll = PaneList.scroll(logItems, cursor: logCursor, current: logScroll, width: l.width, height: l.height)
    }

    private mutating func scrollOverlay(_ command: Command, detail: Bool) -> [Effect] {
        let current: Int
        switch overlay {
        case .detail(let o), .help(let o): current = o
        case nil: current = 0
        }
        let page = max(1, size.height - 4)
        var offset = current
        switch command {
        case .moveUp: offset -= 1
        case .moveDown: offset += 1
        case .pageUp: offset -= page
        case .pageDown: offset += page
        case .moveFirst: offset = 0
        case .moveLast: offset = Int.max / 2
        case .back, .closeHelp:
            overlay = nil
            return []
        case .help:
            overlay = .help(offset: 0)
            return []
        case .quit:
            return [.quit]
        default:
            break
        }
        let maximum = max(0, (detail ? DetailView.lineCount(self) : HelpView.lineCount(width: size.width)) - max(1, size.height - 3))
        offset = min(max(0, offset), maximum)
        overlay = detail ? .detail(offset: offset) : .help(offset: offset)
        return []
    }
}
