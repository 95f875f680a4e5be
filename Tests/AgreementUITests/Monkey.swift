import AgreementKit
import AgreementStore
@testable import AgreementUI
import Catalogue
import TestSupport

/// One episode: a start state, a screen to aim for, and `keys` random keys with resizes between.
struct Monkey {
    /// The screen an episode spends its keys on.
    enum Aim: String, CaseIterable, Sendable {
        case browseAgreement, browseFollowUp, browseClosed, readOnly, detail, checklist, midYear, midYearSummary
        case yearEnd, yearEndChecklist, yearEndSummary, phase, help, form, picker
        case wheel, conversationArea, conversationLastTime, conversationAssessment, conversationMinutes
        case overview, matrix
        case scorecard, indicator, plan, planLinks
        case conflict, history
    }

    let aim: Aim
    let episode: Int
    let seed: UInt64
    let verbose: Bool
    var random: MonkeyRandom
    var state: AppState
    var tally = MonkeyTally()
    /// The last steps, for the failure message.
    var trail: [String] = []
    var step = 0
    /// What the pretend disk holds: the agreement as last saved (or loaded), and its stamp.
    var disk: Agreement?
    var diskStamp = FileStamp(size: 1, modifiedNanoseconds: 1, inode: 1)
    /// True for a read-only session, which must never change the agreement.
    var readOnly: Bool
    var failed = false

    static let samples: [Agreement] = {
        let real = (try? SampleCatalog.agreements()) ?? []
        // For the overview: the samples again in other phases and years, under their own ids.
        let variants = real.flatMap { agreement in
            Phase.allCases.enumerated().map { i, phase in
                var copy = agreement
                copy.id = "\(agreement.id)-v\(i)"
                copy.phase = phase
                copy.header.year -= i
                copy.header.contactPerson = ["Kari Nordmann", "", "Per Hansen", "Kari Nordmann"][i]
                return copy
            }
        }
        return real + variants
    }()
    static func overview(on date: LocalDate) -> OverviewData {
        OverviewData(summaries: samples.map(AgreementSummary.init), problems: ["/lager/brutt-2011.json:3:7: forventet «,» eller «}»", "/lager/fifo-2011.json: kan ikke leses: er et navngitt rør (FIFO)"],
                     on: date)
    }
    static var hoeggen: Agreement { samples.first { $0.id == "hoeggen-skole-2011" } ?? SampleState.agreement }
    static let plans: [ActionPlan] = (try? SampleCatalog.plans()) ?? []

    init(aim: Aim, episode: Int, seed: UInt64, verbose: Bool) {
        self.aim = aim
        self.episode = episode
        self.seed = seed
        self.verbose = verbose
        random = MonkeyRandom(seed: seed &* 6_364_136_223_846_793_005 &+ UInt64(episode))
        let size = Size(width: [80, 120, 64, 100, 200][episode % 5], height: [24, 40, 18, 30, 60][episode % 5])
        let today = LocalDate(year: 2011, month: 6, day: 15)!
        var agreement = Self.hoeggen
        switch aim {
        case .browseAgreement, .form, .checklist: agreement.phase = .agreement
        case .yearEnd, .yearEndChecklist, .yearEndSummary, .phase: agreement.phase = .assessment
        case .browseClosed: agreement.phase = .closed
        default: agreement.phase = .followUp
        }
        if aim == .checklist && episode % 2 == 0 { agreement.phase = .assessment }
        if aim == .conflict { agreement.conflicts = Self.conflicts(in: agreement, amendments: episode % 2 == 1) }
        let party = Party.allCases[episode / Aim.allCases.count % Party.allCases.count]
        if aim == .picker || aim == .overview || aim == .matrix {
            state = AppState(entries: SampleState.entries, size: size, today: today, seed: UInt64(episode), party: party,
                             person: episode % 2 == 0 ? "Kari Nordmann" : "")
        } else {
            state = AppState(agreement: agreement, size: size, today: today, seed: UInt64(episode), party: party)
            state.core.companions = SampleCalendar.companions(for: agreement)
            state.core.session.stamp = diskStamp
            disk = agreement
        }
        readOnly = aim == .readOnly
        if readOnly { state.core.session.lock = .heldElsewhere(LockInfo(host: "maskin", pid: 4242, since: "2011-06-15T10:00:00+02:00"), described: "skrivebeskyttet – åpen i en annen økt (maskin, prosess 4242)") }
    }

    /// Conflicts on every goal area's title and every row's target, as a merge records them.
    static func conflicts(in agreement: Agreement, amendments: Bool) -> [FieldConflict] {
        agreement.goalAreas.flatMap { area in
            [FieldConflict(kind: .bothChanged, path: ChangePath(["goalAreas", area.id.rawValue, "title"]), base: .string("Før"),
                           a: .string(area.title), b: .string("Annen tittel"), recorded: "2011-06-15T10:00:00+02:00")]
                + area.rows.map { row in
                    FieldConflict(kind: amendments ? .amendmentCandidate : .bothChanged, path: ChangePath(["goalAreas", area.id.rawValue, "rows", row.id.rawValue, "target"]),
                                  base: .string("Før"), a: .string(row.target), b: amendments ? nil : .string("Annet mål"), recorded: "2011-06-15T10:00:00+02:00")
                }
        }
    }

    mutating func run(keys: Int) {
        tally.episodes = 1
        check("start")
        while tally.keys < keys && !failed {
            let roll = random.int(0...999)
            if roll < 30, state.wantsTicks {
                send(.tick, "tick")
            } else if roll < 20 {
                let size = Size(width: random.int(1...300), height: random.int(1...100))
                tally.resizes += 1
                send(.resized(size), "resize \(size.width)×\(size.height)")
            } else {
                let key = roll < 750 ? (keyTowardsAim() ?? randomKey()) : randomKey()
                tally.keys += 1
                tally.contexts[state.keyContext.rawValue, default: 0] += 1
                send(.key(key), "key \(String(reflecting: key)) in \(state.keyContext.rawValue)")
            }
        }
    }

    /// A key that leads back to the aimed-for screen from where the monkey is, if one is needed.
    private mutating func keyTowardsAim() -> Key? {
        let context = state.keyContext
        let target: Set<KeyContext>
        switch aim {
        case .browseAgreement, .browseFollowUp, .browseClosed, .readOnly: target = [.browse]
        case .detail: target = [.detail]
        case .checklist: target = [.checklist]
        case .midYear: target = [.review]
        case .midYearSummary: target = [.reviewSummary]
        case .yearEnd: target = [.assessment]
        case .yearEndChecklist: target = [.meetingChecklist]
        case .yearEndSummary: target = [.assessmentSummary]
        case .phase: target = [.phase]
        case .help: target = [.help]
        case .form: target = [.form, .search]
        case .picker: target = [.picker]
        case .wheel: target = [.wheel]
        case .conversationArea: target = [.conversation]
        case .conversationLastTime: target = [.conversationLastTime]
        case .conversationAssessment: target = [.conversationAssessment]
        case .conversationMinutes: target = [.conversationMinutes]
        case .overview: target = [.overview]
        case .matrix: target = [.matrix]
        case .scorecard: target = [.scorecard]
        case .indicator: target = [.indicator]
        case .plan: target = [.plan]
        case .planLinks: target = [.planLinks]
        case .conflict: target = [.conflict]
        case .history: target = [.history]
        }
        if target.contains(context) { return nil }
        // Inside meeting mode: forward to the step aimed at, back from the summary.
        switch (aim, context) {
        case (.midYearSummary, .review), (.yearEndChecklist, .assessment), (.yearEndSummary, .assessment), (.yearEndSummary, .meetingChecklist):
            return .character("n")
        case (.yearEndChecklist, .assessmentSummary):
            return .character("p")
        case (.conversationMinutes, .conversation), (.conversationMinutes, .conversationLastTime), (.conversationMinutes, .conversationAssessment),
             (.conversationAssessment, .conversation), (.conversationAssessment, .conversationLastTime), (.conversationArea, .conversationLastTime):
            return .character("n")
        case (.conversationLastTime, .conversation), (.conversationLastTime, .conversationAssessment), (.conversationLastTime, .conversationMinutes),
             (.conversationArea, .conversationAssessment), (.conversationArea, .conversationMinutes), (.conversationAssessment, .conversationMinutes):
            return .character("p")
        default:
            break
        }
        // To the overview and the goal matrix: Ctrl-O from the picker, o from the main screen, Tab to the matrix.
        switch (aim, context) {
        case (.overview, .picker), (.matrix, .picker): return .control("o")
        case (.overview, .browse), (.matrix, .browse): return .character("o")
        case (.matrix, .overview): return .tab
        case (.indicator, .scorecard): return .enter
        case (.planLinks, .detail):
            if case .planLinks? = state.detail?.fieldRef { return .enter }
            return state.detail == nil ? .escape : .down
        default: break
        }
        // Leave layers and screens that are not the aim.
        if context != .browse { return .escape }
        switch aim {
        case .detail: return .enter
        case .checklist: return state.selection == .checklist ? .enter : .home
        case .midYear, .midYearSummary, .yearEnd, .yearEndChecklist, .yearEndSummary: return .character("m")
        case .picker: return state.focus == .goals ? .escape : .escape
        case .phase: return .character("p")
        case .help: return .character("?")
        case .wheel: return .character("h")
        case .conversationArea, .conversationLastTime, .conversationAssessment, .conversationMinutes: return .character("s")
        case .form: return [.character("l"), .character("/"), .character("a"), .character("v"), .character("I")][random.int(0...4)]
        case .scorecard, .indicator: return .character("i")
        case .plan: return .character("H")
        case .conflict: return .enter
        case .history: return .character("E")
        case .planLinks:
            if case .row = state.selection { return state.focus == .goals ? .enter : .escape }
            return .down
        default: return nil
        }
    }

    /// Sends a message, performs the effects it asks for (answering at once), checks after each.
    private mutating func send(_ message: Message, _ what: String) {
        var queue: [(Message, String)] = [(message, what)]
        var answered = 0
        while !queue.isEmpty && !failed {
            let (next, label) = queue.removeFirst()
            step += 1
            trail.append("\(step): \(label)")
            if trail.count > 12 { trail.removeFirst() }
            if verbose { print("monkey \(aim.rawValue) episode \(episode) step \(step): \(label)") }
            let before = state.agreement
            let effects = state.update(next)
            if case .lockAcquired = next { readOnly = false }
            if readOnly, state.agreement != before { fail("a read-only session changed the agreement after \(label)") }
            if case .saved = next, state.agreement != disk, !state.core.session.unsaved {
                fail("saved, but the file holds another agreement than the screen after \(label)")
            }
            for effect in effects {
                answered += 1
                guard answered < 20 else { fail("more than 20 effects answered for one message: \(effects)"); return }
                if let reply = perform(effect) {
                    tally.messages += 1
                    queue.append((reply, "reply \(MonkeyText.describe(reply)) to \(MonkeyText.describe(effect))"))
                }
            }
            check(label)
        }
    }

    /// What the executable would answer to an effect, against the pretend disk.
    private mutating func perform(_ effect: Effect) -> Message? {
        switch effect {
        case .quit:
            tally.quits += 1
            return nil
        case .list(let id):
            return .listed(SampleState.entries, problems: [], selecting: id)
        case .open(let id):
            guard let agreement = Self.samples.first(where: { $0.id == id }) else {
                return .openFailed("/lager/\(id).json:3:7: forventet «,» eller «}»")
            }
            disk = agreement
            return .opened(Opened(agreement: agreement, stamp: diskStamp, lock: .held))
        case .save(let agreement, let expecting):
            tally.saves += 1
            if readOnly { fail("a read-only session asked to save") }
            if agreement != state.agreement { fail("the agreement to save is not the one on the screen") }
            if expecting != diskStamp { return .saveConflict("filen er endret siden den ble lest") }
            let roll = random.int(0...99)
            if roll < 90 { return write(agreement) }
            if roll < 97 { return .saveFailed("disken er full (ENOSPC) \u{1b}[31m") }
            disk = variant(of: disk ?? agreement)
            diskStamp.size += 1
            return .saveConflict("filen er endret utenfor denne økten")
        case .forceSave(let agreement):
            tally.saves += 1
            return write(agreement)
        case .reload:
            return .reloaded(disk ?? Self.hoeggen, stamp: diskStamp)
        case .writeCopy(_, let path, let overwrite):
            switch random.int(0...3) {
            case 0: return .copyFailed("\(path): ingen tilgang")
            case 1 where !overwrite: return .fileExists(.copy, path: "/tmp/\(path)", proposal: "/tmp/2-\(path)")
            default: return .copyWritten("/tmp/\(path)")
            }
        case .export(_, let format, let isPublic, let path, let overwrite):
            if !overwrite, random.int(0...3) == 0 { return .fileExists(.export(format, isPublic: isPublic), path: "/tmp/\(path)", proposal: "/tmp/\u{202e}2-\(path)") }
            return written(path)
        case .writeMinutes(_, let kind, let date, let party, let path, let overwrite):
            if !overwrite, random.int(0...3) == 0 { return .fileExists(.minutes(kind, date: date, party: party), path: "/tmp/\(path)", proposal: "/tmp/2-\(path)") }
            return written(path)
        case .watchLock, .takeOverLock:
            tally.lockChecks += 1
            return random.int(0...2) == 0 ? .lockAcquired(disk ?? Self.hoeggen, stamp: diskStamp) : nil
        case .removeDraft, .releaseLock:
            return nil
        case .saveConversation(let conversation):
            tally.saves += 1
            if readOnly { fail("a read-only session asked to save a conversation") }
            if conversation.agreementID != state.agreement?.id { fail("a conversation of another agreement") }
            return random.int(0...9) == 0 ? .conversationSaveFailed("disken er full") : .conversationSaved(time: "10:43")
        case .rememberConversationStep(let conversation):
            tally.saves += 1
            if readOnly { fail("a read-only session asked to save a conversation's step") }
            if conversation.agreementID != state.agreement?.id { fail("a conversation of another agreement") }
            return random.int(0...9) == 0 ? .conversationSaveFailed("disken er full") : nil
        case .writeConversationMinutes(_, _, _, _, let path):
            return random.int(0...3) == 0 ? .fileFailed("\(path) finnes allerede") : .fileWritten("/tmp/\(path)", privateFile: random.int(0...1) == 0)
        case .loadOverview(let date):
            return .overviewLoaded(Self.overview(on: date))
        case .loadPlans(let request):
            let participants = [PlanCoverage.Participant(id: "hoeggen-skole-2011", unit: "Hoeggen skole", year: 2011,
                                                         uses: state.agreement?.planUses ?? [])]
            return .plansLoaded(PlansLoaded(request: request, plans: random.int(0...9) == 0 ? [] : Self.plans,
                                            participants: participants, problems: random.int(0...9) == 0 ? ["plans/x.json:1:1: feil"] : []))
        case .prepareNextYear(let source):
            return .nextYearReady(Rollover(from: source, year: source.header.year + 1, template: nil))
        case .createAgreement(let header, _):
            return .yearStartFailed("«\(header.unit)» finnes allerede")
        case .createNextYear(let plan):
            return .yearStartFailed("«\(plan.id)» finnes allerede")
        case .loadPreviousLog(let link):
            return .yearStartFailed("fant ikke «\(link.agreement)»")
        case .loadHistory(_, let field):
            guard random.int(0...5) > 0, let path = state.agreement.flatMap({ field.path(in: $0) }) else { return .historyFailed("history.json:1:1: feil") }
            let stamp = ChangeStamp(person: "Kari", party: .leader, time: "2011-03-14T10:00:00+01:00")
            return .historyLoaded(field, [ChangeRecord(id: "h1", stamp: stamp, change: TreeChange(.changed, at: path, old: .string("før"), new: .string("etter")))])
        case .sync(let id, _):
            if readOnly { fail("a read-only session asked to sync") }
            if id != state.agreement?.id { fail("a sync for another agreement") }
            var report = SyncReport()
            switch random.int(0...3) {
            case 0: report.problems = [.noRemote]
            case 1:
                // The merge brought the other machine's changes: the file changed.
                report.remote = "origin"
                report.received = ["\(id).json"]
                disk = variant(of: disk ?? Self.hoeggen)
                diskStamp.size += 1
                return .synced(Synced(report: report, agreement: disk, stamp: diskStamp, unsynced: 0))
            default: report.remote = "origin"
            }
            return .synced(Synced(report: report, unsynced: random.int(0...3)))
        case .saveLanguage:
            tally.languageSwitches += 1
            return random.int(0...3) == 0 ? .languageNotSaved("config.json: disken er full") : .languageSaved
        }
    }

    /// A file written, or refused (a quarter of the time).
    private mutating func written(_ path: String) -> Message {
        random.int(0...3) == 0 ? .fileFailed("\(path): ingen tilgang") : .fileWritten("/tmp/\u{202e}\(path)", privateFile: random.int(0...1) == 0)
    }

    /// Saves to the pretend disk: a new stamp.
    private mutating func write(_ agreement: Agreement) -> Message {
        disk = agreement
        diskStamp.size += 1
        return .saved(stamp: diskStamp, time: "10:42")
    }

    /// The agreement as another session might have saved it: fewer goal areas, rows or log entries.
    private mutating func variant(of agreement: Agreement) -> Agreement {
        var changed = agreement
        switch random.int(0...4) {
        case 0: if !changed.goalAreas.isEmpty { changed.goalAreas.removeLast(random.int(1...changed.goalAreas.count)) }
        case 1: for a in changed.goalAreas.indices { changed.goalAreas[a].rows = Array(changed.goalAreas[a].rows.prefix(random.int(0...1))) }
        case 2: for a in changed.goalAreas.indices { for r in changed.goalAreas[a].rows.indices { changed.goalAreas[a].rows[r].log = []; changed.goalAreas[a].rows[r].measures = [] } }
        case 3: changed.checklist = []
        default: changed.header.unit += " (endret)"
        }
        return changed
    }

    // MARK: Keys

    mutating func randomKey() -> Key {
        let context = state.keyContext
        let bound = Keymap.bindings(in: context).flatMap(\.allKeys)
        switch random.int(0...99) {
        case 0..<40 where !bound.isEmpty: return bound[random.int(0...bound.count - 1)]
        case 0..<55: return .character(MonkeyText.printable[random.int(0...MonkeyText.printable.count - 1)])
        case 55..<58: return .character(MonkeyText.controls[random.int(0...MonkeyText.controls.count - 1)])
        case 58..<75: return MonkeyText.navigation[random.int(0...MonkeyText.navigation.count - 1)]
        case 75..<79: return .enter
        case 79..<82: return .escape
        case 82..<86: return .control(Character(UnicodeScalar(UInt8(random.int(0x61...0x7A)))))
        case 86..<89: return .alt(random.int(0...1) == 0 ? Character(UnicodeScalar(UInt8(random.int(0x61...0x7A)))) : MonkeyText.printable[random.int(0...MonkeyText.printable.count - 1)])
        case 89..<92: return [.altEnter, .lineFeed, .function(random.int(0...24))][random.int(0...2)]
        default: return .paste(MonkeyText.randomText(&random))
        }
    }

    // MARK: Checking

    private mutating func check(_ label: String) {
        var problems = MonkeyInvariants.problems(in: state)
        let screen = Renderer.render(state, size: state.core.size)
        tally.renders += 1
        if state.form != nil, !MainLayout.isTooSmall(state.core.size), screen.cursor == nil {
            problems.append("a form is open but the screen has no cursor")
        }
        problems += MonkeyInvariants.problems(in: screen, size: state.core.size)
        // What a screen keeps laid out (the main screen's goals lines, detail and pane entries, the
        // lines of the other screens) is never stale: drawn afresh, it looks the same.
        let kept: [(String, Bool)] = [
            ("the main screen", keptLayoutIsStale(BrowseState.self, drawn: screen, anywhere: true) { $0.forgettingLayouts() }),
            ("the meeting", keptLayoutIsStale(MeetingState.self, drawn: screen, anywhere: true) { $0.forgettingLayouts() }),
            ("the conversation", keptLayoutIsStale(ConversationState.self, drawn: screen) { $0.forgettingLayouts() }),
            ("the overview", keptLayoutIsStale(OverviewState.self, drawn: screen) { $0.forgettingLayouts() }),
            ("the goal matrix", keptLayoutIsStale(MatrixState.self, drawn: screen) { $0.forgettingLayouts() }),
            ("the detail", keptLayoutIsStale(DetailState.self, drawn: screen) { $0.forgettingLayouts() }),
            ("the history", keptLayoutIsStale(HistoryState.self, drawn: screen) { $0.forgettingLayouts() }),
            ("the wheel", keptLayoutIsStale(WheelState.self, drawn: screen) { $0.forgettingLayouts() }),
            ("the scorecard", keptLayoutIsStale(ScorecardState.self, drawn: screen) { $0.forgettingLayouts() }),
            ("the action plan", keptLayoutIsStale(PlanState.self, drawn: screen) { $0.forgettingLayouts() }),
        ]
        for (name, stale) in kept where stale { problems.append("\(name) drawn from what it keeps laid out differs from one laid out afresh") }
        if !problems.isEmpty { fail(problems.joined(separator: "; ") + " (after \(label))") }
    }

    /// Whether the screen of type `S` (the top one, or with `anywhere` the last in the stack) drawn
    /// with its kept layouts forgotten differs from `screen`.
    private func keptLayoutIsStale<S: ScreenState>(_ type: S.Type, drawn screen: Screen, anywhere: Bool = false, forgetting forget: (S) -> S) -> Bool {
        let index = anywhere ? state.stack.lastIndex { $0.as(S.self) != nil } : state.stack.last?.as(S.self) != nil ? state.stack.count - 1 : nil
        guard let index, let kept = state.stack[index].as(S.self) else { return false }
        var fresh = state
        fresh.stack[index] = Mode(forget(kept))
        return Renderer.render(fresh, size: state.core.size) != screen
    }

    private mutating func fail(_ text: String) {
        guard !failed else { return }
        failed = true
        tally.failures.append("""
        \(aim.rawValue), episode \(episode), step \(step) (seed \(seed); replay: LEDERAVTALE_MONKEY_AIM=\(aim.rawValue) LEDERAVTALE_MONKEY_EPISODE=\(episode)): \(text)
        context \(state.keyContext.rawValue), size \(state.core.size.width)×\(state.core.size.height); last steps:
        \(trail.joined(separator: "\n"))
        """)
    }
}

/// SplitMix64, seeded.
struct MonkeyRandom {
    var generator: SplitMix64
    init(seed: UInt64) { generator = SplitMix64(seed: seed) }
    mutating func next() -> UInt64 { generator.next() }
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }
}
