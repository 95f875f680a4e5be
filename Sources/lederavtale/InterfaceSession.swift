import AgreementKit
import AgreementStore
import AgreementUI
import Catalogue
import Foundation
import TerminalCurses

/// Runs the interactive interface: the starting state, the terminal, and the loop — render,
/// read an event, update, perform the effects and feed their answers back — until the user
/// quits. State changes only in `update`; this loop only carries messages.
enum InterfaceSession {
    /// With `overview`, the session opens on the overview, its quick filters set (`lederavtale overview`).
    static func run(store: AgreementStore, agreementID: String?, themeName: String, party: Party, person: String, time: TimeReference,
                    overview: OverviewFilter? = nil) throws {
        let words = Say.words
        let theme = try loadTheme(themeName, words: words)
        let runner = EffectRunner(store: store, language: Say.language)
        let start = try overview == nil ? startingPoint(store: store, agreementID: agreementID, words: words) : Start.picker([], problems: [])
        // Opened before the terminal, so an agreement that cannot be read is reported plainly.
        var first: Message?
        if case .agreement(let id) = start {
            let opened = runner.perform(.open(id))
            if case .openFailed(let reason)? = opened { throw CommandFailure(reason) }
            first = opened
        }
        let colour = ColourPolicy.from(environment: ProcessInfo.processInfo.environment)
        let terminal: CursesTerminal
        do { terminal = try CursesTerminal.open(theme: theme, colour: colour) } catch {
            // The refusal is already one complete line starting with "lederavtale:". Written with a
            // checked write: Foundation's old FileHandle.write traps on a full or closed stream.
            try? Output.error(error.description)
            exit(2)
        }
        let entries: [PickerEntry]
        var problems: [String] = []
        switch start {
        case .agreement: entries = []
        case .picker(let list, let unreadable): (entries, problems) = (list, unreadable)
        }
        var state = AppState(entries: entries, size: terminal.size, today: time.date, seed: UInt64.random(in: 1...UInt64.max),
                             party: party, person: person, todayIsFixed: time.isFixed, language: Say.language)
        var pending: [Effect] = []
        if let overview {
            state.stack = [Mode(OverviewState(filter: overview))]
            pending.append(.loadOverview(on: state.core.session.today))
        }
        state.core.session.glyphs = Glyphs.forLocale(ProcessInfo.processInfo.environment)
        if let first { pending += state.update(first) }
        if !problems.isEmpty { pending += state.update(.unreadableFiles(problems)) }
        var signal: Int32?
        var housekept = false
        var authorPrepared = false
        let watchdog = QuitWatchdog(grace: .seconds(1)) { state in _ = keepDraft(state, store: store) }
        let stall = BusyKey.fromEnvironment()
        var keptDraft: DraftLocation?
        // git works beside the loop: keys keep working while a sync runs, and its answer is
        // taken between them.
        let syncs = BackgroundSync()
        var lastFrame = ContinuousClock.Instant.now
        var day = DayWatch()
        loop: while true {
            if let answer = syncs.take() { pending += state.update(answer) }
            while !pending.isEmpty {
                let effect = pending.removeFirst()
                if case .quit = effect { break loop }
                if case .sync(let id, let party) = effect {
                    syncs.start(runner.syncWork(id, party: party))
                    continue
                }
                if showsFirst(effect), !terminal.hasInputWaiting {
                    terminal.draw(Renderer.render(state, size: terminal.size))
                    lastFrame = .now
                }
                if let answer = runner.perform(effect) { pending += state.update(answer) }
            }
            // Keys already waiting (typed ahead, a key held down over a slow link) are taken before
            // the next frame, as curses' typeahead check did — but a frame goes out at least every
            // 100 ms, and always once the keys are taken.
            let takeKeysFirst = terminal.hasInputWaiting && lastFrame.duration(to: .now) < .milliseconds(100)
            if !takeKeysFirst {
                terminal.draw(Renderer.render(state, size: terminal.size))
                lastFrame = .now
            }
            if !housekept {
                // After the first frame, so a large store does not slow the start.
                store.removeStaleTemporaryFiles()
                housekept = true
            }
            if !authorPrepared, state.core.document != nil, !state.core.session.isReadOnly, !terminal.hasInputWaiting {
                // Once an agreement can be changed and its frame is out: who the history names (git's
                // user.name when the config has no name) is found while the user reads, not inside
                // the first save.
                store.author.prepare()
                authorPrepared = true
            }
            let event: TerminalEvent
            let next = syncs.isRunning ? terminal.readKey(waitingAtMost: syncLookMilliseconds)
                : state.wantsTicks ? terminal.readKey(waitingAtMost: tickMilliseconds)
                : terminal.readKey().map(CursesTerminal.TimedEvent.event) ?? .endOfInput
            switch next {
            case .event(let next): event = next
            case .timedOut:
                if state.wantsTicks { pending += state.update(.tick) }
                continue loop
            case .endOfInput:
                // A hang-up: keep what was being typed.
                keptDraft = keepDraft(state, store: store)
                break loop
            }
            let today = day.today()
            if !time.isFixed, today != state.core.session.today { pending += state.update(.dayChanged(today)) }
            if case .signal = event {} else { watchdog.publish(state) }
            switch event {
            case .key(let key):
                stall?.work(after: key)
                pending += state.update(.key(key))
            case .resize(let size): pending += state.update(.resized(size))
            case .signal(let number):
                // The watchdog may be ending the process already (it keeps the draft then).
                guard watchdog.loopTakesSignal() else { while true { Thread.sleep(forTimeInterval: 1) } }
                signal = number
                keptDraft = keepDraft(state, store: store)
                break loop
            }
        }
        terminal.close()
        if syncs.take() == nil, syncs.isRunning {
            // git is not stopped halfway through a merge: the sync ends (bounded by its timeout) first.
            try? Output.error(words.syncWaitingOnQuit)
            syncs.waitUntilDone()
        }
        runner.close()
        if let keptDraft, keptDraft.isFallback { try? Output.error(words.draftKeptElsewhere(keptDraft.path)) }
        // Where the copy went, after the terminal is restored; a failed write is an exit 1.
        if let note = state.core.session.exitNote { try Output.line(note) }
        if let signal { exit(128 + signal) }
    }

    /// Effects whose frame is drawn before they are done (unless keys are waiting): the overview
    /// says it is reading (seconds when the index must be made again) instead of leaving the screen
    /// as it was, or blank; a conversation's step is shown before the record of where it stands
    /// is saved (with its fsync, a step waited milliseconds for it). Not a save of anything the
    /// user said: what the screen says is done is on the disk (`EditingTests` checks the file
    /// when «Gjort om» appears).
    private static func showsFirst(_ effect: Effect) -> Bool {
        switch effect {
        case .loadOverview, .rememberConversationStep: true
        default: false
        }
    }

    /// A bundled theme by name, or a theme file by path.
    private static func loadTheme(_ name: String, words: any Wording) throws -> Theme {
        do { return try ThemeFiles.load(name) } catch {
            throw CommandFailure(words.theme(error.theme, error.problem), code: 2)
        }
    }

    /// How long a read-only session waits between looks at the lock and the file.
    private static let tickMilliseconds = 1000
    /// How long the loop waits for a key while a sync runs before it looks for the sync's answer.
    private static let syncLookMilliseconds = 200

    /// Writes the text of an open form as a draft so a dropped session loses no words; says
    /// where it went (the store, or a fallback place when the store cannot be written).
    private static func keepDraft(_ state: AppState, store: AgreementStore) -> DraftLocation? {
        guard let draft = state.draft, let data = try? draft.encoded() else { return nil }
        return try? store.keepDraft(data, for: draft.agreementID)
    }

    private enum Start {
        case agreement(String)
        case picker([PickerEntry], problems: [String])
    }

    /// The named agreement, the only one, or the picker over several.
    private static func startingPoint(store: AgreementStore, agreementID: String?, words: any Wording) throws -> Start {
        if let agreementID { return .agreement(agreementID) }
        do {
            let list = try store.list(announcing: SlowListingNotice.announcer(words))
            if list.summaries.count == 1, list.problems.isEmpty { return .agreement(list.summaries[0].id) }
            let entries = list.summaries.map {
                PickerEntry(id: $0.id, unit: $0.unit, year: $0.year, phase: $0.phase, progress: $0.progress, municipality: $0.municipality)
            }
            return .picker(entries, problems: list.problems.map(words.storeError))
        } catch {
            throw CommandFailure(words.storeError(error))
        }
    }
}
