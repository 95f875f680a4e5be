import AgreementKit
import AgreementStore
import AgreementUI
import Foundation
import TerminalCurses

/// Runs the interactive interface: picks the starting state, opens the terminal, and runs the
/// loop — render, read an event, update, perform the effects — until the user quits.
enum InterfaceSession {
    static func run(store: AgreementStore, agreementID: String?, themeName: String) throws {
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
        switch start {
        case .agreement(let agreement): state = AppState(agreement: agreement, size: terminal.size)
        case .picker(let entries, let problems):
            state = AppState(entries: entries, size: terminal.size)
            if let first = problems.first {
                let more = problems.count > 1 ? " (og \(problems.count - 1) til; se «lederavtale check»)" : ""
                state.status = StatusMessage("Kan ikke leses: \(first)\(more)", kind: .error)
            }
        }
        var signal: Int32?
        loop: while true {
            terminal.draw(Renderer.render(state, size: terminal.size))
            guard let event = terminal.readKey() else { break }
            let message: Message
            switch event {
            case .key(let key): message = .key(key)
            case .resize(let size): message = .resized(size)
            case .signal(let number):
                signal = number
                break loop
            }
            for effect in state.update(message) {
                switch effect {
                case .quit:
                    break loop
                case .load(let id):
                    do { _ = state.update(.agreementLoaded(try store.load(id))) } catch {
                        _ = state.update(.loadFailed("\(error)"))
                    }
                }
            }
        }
        terminal.close()
        if let signal { exit(128 + signal) }
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
                PickerEntry(id: $0.id, unit: $0.unit, year: $0.year, phaseTitle: $0.phase.title, progress: $0.progress.summary)
            }
            return .picker(entries, problems: list.problems.map(\.description))
        } catch {
            throw CommandFailure("\(error)")
        }
    }
}
