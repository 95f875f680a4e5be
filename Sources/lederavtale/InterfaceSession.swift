import AgreementKit
import AgreementStore
import AgreementUI
import Foundation
import TerminalCurses

/// Runs the interactive interface: picks the starting state, opens the terminal, and runs the
/// loop — render, read an event, update, perform the effects — until the user quits.
enum InterfaceSession {
    static func run(store: AgreementStore, agreementID: String?, themeName: String, party: Party) throws {
        let theme: Theme
        do { theme = try ThemeLoader.load(themeName) } catch {
            throw CommandFailure("\(error)", code: 2)
        }
        let start = try startingPoint(store: store, agreementID: agreementID)
        let colour = ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let terminal: CursesTerminal
        do { terminal = try CursesTerminal.open(theme: theme, colour: colour) } catch {
            // The refusal is already one complete line starting with "lederavtale:".
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            exit(2)
        }
        var state: AppState
        let seed = UInt64.random(in: 1...UInt64.max)
        switch start {
        case .agreement(let agreement): state = AppState(agreement: agreement, size: terminal.size, today: .today(), seed: seed)
        case .picker(let entries, let problems):
            state = AppState(entries: entries, size: terminal.size, today: .today(), seed: seed)
            if let first = problems.first {
                let more = problems.count > 1 ? " (og \(problems.count - 1) til; se «lederavtale check»)" : ""
                state.status = StatusMessage("Kan ikke leses: \(first)\(more)", kind: .error)
            }
        }
        state.party = party
        let runner = EffectRunner(store: store)
        if let id = state.agreement?.id { claim(id, runner: runner, state: &state) }
        var signal: Int32?
        var housekept = false
        loop: while true {
            terminal.draw(Renderer.render(state, size: terminal.size))
            if !housekept {
                // After the first frame, so a large store does not slow the start.
                store.removeStaleTemporaryFiles()
                housekept = true
            }
            guard let event = terminal.readKey() else {
                // End of input is a hang-up: keep what was being typed.
                keepDraft(state, store: store)
                break
            }
            let message: Message
            switch event {
            case .key(let key): message = .key(key)
            case .resize(let size): message = .resized(size)
            case .signal(let number):
                signal = number
                keepDraft(state, store: store)
                break loop
            }
            state.today = .today()
            var pending = state.update(message)
            while !pending.isEmpty {
                let effect = pending.removeFirst()
                if case .quit = effect { break loop }
                if let answer = runner.perform(effect) { pending += state.update(answer) }
                if case .load = effect, let id = state.agreement?.id, id != runner.openID {
                    claim(id, runner: runner, state: &state)
                }
            }
        }
        terminal.close()
        runner.close()
        if let signal { exit(128 + signal) }
    }

    /// Takes the lock of an opened agreement (or notes why the session is read-only) and offers its draft.
    private static func claim(_ id: String, runner: EffectRunner, state: inout AppState) {
        var warning: String?
        state.readOnly = runner.opened(id, warning: &warning)
        if let warning { state.status = StatusMessage(warning, kind: .warning) }
        offerDraft(id, store: runner.store, state: &state)
    }

    /// Writes the text of an open form as a draft so a dropped session loses no words.
    private static func keepDraft(_ state: AppState, store: AgreementStore) {
        guard let draft = state.draft, let data = try? draft.encoded() else { return }
        try? store.saveDraft(data, for: draft.agreementID)
    }

    /// Offers the draft a dead session left for this agreement, if any.
    private static func offerDraft(_ id: String, store: AgreementStore, state: inout AppState) {
        guard let data = store.draft(for: id) else { return }
        guard let draft = Draft.decode(data), draft.agreementID == id else {
            state.status = StatusMessage("Et utkast i \(store.draftPath(of: id)) kunne ikke leses; det er latt urørt", kind: .warning)
            return
        }
        _ = state.update(.draftFound(draft))
    }

    private enum Start {
        case agreement(Agreement)
        case picker([PickerEntry], problems: [String])
    }

    /// The named agreement, the only one, or the picker over several.
    private static func startingPoint(store: AgreementStore, agreementID: String?) throws -> Start {
        do {
            if let agreementID { return .agreement(try store.load(agreementID)) }
            let list = try store.list()
            if list.summaries.count == 1, list.problems.isEmpty {
                return .agreement(try store.load(list.summaries[0].id))
            }
            let entries = list.summaries.map {
                PickerEntry(id: $0.id, unit: $0.unit, year: $0.year, phase: $0.phase, progress: $0.progress)
            }
            return .picker(entries, problems: list.problems.map(\.description))
        } catch {
            throw CommandFailure("\(error)")
        }
    }
}
