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
        case .saved(let time):
            unsaved = false
            status = StatusMessage((pendingNote.map { "\($0) · " } ?? "") + "Lagret \(time)")
            pendingNote = nil
            return []
        case .saveFailed(let text):
            unsaved = true
            pendingNote = nil
            status = StatusMessage("Ikke lagret: \(text). Endringen er beholdt i minnet; Ctrl-S prøver igjen.", kind: .error)
            return []
        case .copySaved(let path):
            unsaved = false
            status = StatusMessage("Kopi skrevet til \(path)")
            return quitAfterCopy ? [.quit] : []
        case .copyFailed(let text):
            quitAfterCopy = false
            status = StatusMessage("Kopien ble ikke skrevet: \(text)", kind: .error)
            return []
        case .saveConflict(let text):
            unsaved = true
            pendingNote = nil
            modal = .dialog(Dialog(
                title: "Filen er endret av noen andre",
                text: "\(text). Endringen din er ikke lagret, men beholdt på skjermen.",
                options: [
                    .init("l", "Last inn filen på nytt (din siste endring forkastes)", "reload"),
                    .init("k", "Skriv din versjon som en kopi til en annen fil", "copy"),
                    .init("o", "Overskriv filen med din versjon", "overwrite"),
                ],
                purpose: .conflict))
            return []
        case .reloaded(let fresh):
            history = History()
            unsaved = false
            replace(with: fresh)
            status = StatusMessage("Lastet inn på nytt fra disken")
            return []
        case .fileWritten(let path):
            status = StatusMessage("Skrev \(path)")
            return []
        case .fileFailed(let text):
            status = StatusMessage(text, kind: .error)
            return []
        case .draftFound(let draft):
            let preview = TextLayout.truncate(draft.fields.map(\.text).joined(separator: " / ").replacingOccurrences(of: "\n", with: " "), to: 60)
            modal = .dialog(Dialog(
                title: "Utkast fra en avbrutt økt",
                text: "Forrige økt ble avbrutt mens du skrev i «\(draft.title)»: «\(preview)»",
                options: [.init("g", "Gjenopprett teksten i skjemaet", "restore"), .init("s", "Slett utkastet", "discard")],
                purpose: .draft(draft)))
            return []
        case .key(let key):
            return handle(key)
        }
    }

    private mutating func handle(_ key: Key) -> [Effect] {
        let context = keyContext
        switch context {
        case .editor: return editorKey(key)
        case .dialog: return dialogKey(key)
        case .picker:
            if let effects = pickerTyping(key) { return effects }
        default: break
        }
        guard let command = Keymap.command(for: key, in: context) else { return [] }
        if case .error = status?.kind, unsaved {
            // Keep the unsaved warning in view until it is resolved.
        } else {
            status = nil
        }
        switch context {
        case .main: return mainCommand(command)
        case .detail: return detailCommand(command)
        case .help: return scrollHelp(command)
        case .picker: return pickerCommand(command)
        case .phase: return phaseCommand(command)
        case .meeting: return meetingCommand(command)
        case .editor, .dialog: return []
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
        case .open: overlay = .detail(offset: 0, field: firstEditableField)
        case .back: focus = .goals
        case .help: overlay = .help(offset: 0)
        case .quit: return quit()
        case .addLogEntry: beginLogEntry()
        case .add: beginAdd()
        case .addGoalArea: beginAddGoalArea()
        case .delete: askDelete()
        case .moveItemUp: return moveItem(by: -1)
        case .moveItemDown: return moveItem(by: 1)
        case .undo: return undo()
        case .redo: return redo()
        case .search: beginSearch()
        case .nextHit: stepSearch(by: 1)
        case .previousHit: stepSearch(by: -1)
        case .saveNow: return saveNow()
        case .startMeeting: startMeeting()
        case .phaseDialog: openPhaseDialog()
        case .export: beginExport()
        default: break
        }
        return []
    }

    /// Quits, or asks what to do with changes that could not be saved.
    mutating func quit() -> [Effect] {
        guard unsaved else { return [.quit] }
        modal = .dialog(Dialog(
            title: "Endringer er ikke lagret",
            text: "Den siste lagringen feilet, så filen på disken er eldre enn det du ser.",
            options: [
                .init("l", "Prøv å lagre igjen", "retry"),
                .init("k", "Skriv en kopi til en annen fil", "copy"),
                .init("a", "Avslutt uten å lagre", "discard"),
            ],
            purpose: .quitUnsaved))
        return []
    }

    mutating func saveNow() -> [Effect] {
        guard let agreement, readOnly == nil else { return [] }
        return [.save(agreement)]
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
        if let tree, top > 0, tree.nodes.indices.contains(top - 1), !tree.nodes[top - 1].isSelectable { top -= 1 }
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

    private mutating func scrollHelp(_ command: Command) -> [Effect] {
        guard case .help(let current) = overlay else { return [] }
        let page = max(1, size.height - 4)
        var offset = current
        switch command {
        case .moveUp: offset -= 1
        case .moveDown: offset += 1
        case .pageUp: offset -= page
        case .pageDown: offset += page
        case .closeHelp:
            overlay = nil
            return []
        case .quit:
            return quit()
        default:
            break
        }
        let maximum = max(0, HelpView.lineCount(width: size.width) - max(1, size.height - 4))
        overlay = .help(offset: min(max(0, offset), maximum))
        return []
    }
}
