import AgreementKit
import Catalogue

/// The main screen: the goals tree, the measures and log of the selection, and its fields.
/// Cursors name items by id, so they stay on their item through reorders, undo and reloads.
public struct BrowseState: ScreenState {
    public var focus: Pane = .goals
    /// The goals pane's lines, rebuilt when the agreement changes.
    public internal(set) var tree: GoalTree {
        didSet { (goalsLines, detailLines) = (LayoutMemo(), LayoutMemo(capacity: 16)) }
    }
    /// The goals lines (by their place in the tree) and the detail pane laid out for this tree's
    /// agreement, as cells (caches: equal states may hold different memos).
    private(set) var goalsLines = LayoutMemo<Int, [Cell]>()
    private(set) var detailLines = LayoutMemo<DetailSubject, DetailView.PaneLines>(capacity: 16)
    /// The line the goals cursor stands on.
    public internal(set) var node: GoalTree.Node
    public internal(set) var goalsScroll = 0
    /// The entries of the measures and log panes for the selection, measured at their widths.
    public internal(set) var measures: PaneList<PaneItem>
    public internal(set) var log: PaneList<PaneItem>
    /// Cursor and scroll of the measures and log panes (entry indices).
    public internal(set) var measuresCursor = 0
    public internal(set) var measuresScroll = 0
    public internal(set) var logCursor = 0
    public internal(set) var logScroll = 0
    /// The last search: its query, hits and the current one.
    public var search: SearchState?
    /// What the panes were built from, to know when to rebuild them.
    private var builtFrom: BuildKey
    /// The panes of the lines chosen lately, for this version of the agreement.
    private var paneCache = PaneCache()
    /// How often the panes were built, each a pass making (and sorting) every entry: moving
    /// within one line, or back onto a line chosen lately, never builds them again (a test counts).
    public private(set) var paneBuilds = 0

    private struct BuildKey: Equatable, Sendable {
        var revision: Int
        var size: Size
        var node: GoalTree.Node
        /// The panes' words (a language switched on the fly rebuilds them).
        var language: Language

        /// What the panes of every line are built for.
        var version: PaneCache.Version { PaneCache.Version(revision: revision, size: size, language: language) }
    }

    public init(_ core: AppCore) {
        let agreement = core.agreement ?? Agreement(id: "", header: AgreementHeader(municipality: "", unit: "", serviceArea: "", year: 2000))
        tree = GoalTree(agreement)
        node = tree.initialNode
        measures = PaneList([], width: 0, height: { _, _ in 1 }, isSelectable: { _ in false })
        log = measures
        builtFrom = BuildKey(revision: -1, size: core.size, node: node, language: core.session.language)
        rebuildPanes(core, keepCursors: false)
        scrollGoalsIntoView(core)
    }

    public func keyContext(_ core: AppCore) -> KeyContext { .browse }

    /// What the goals cursor stands on.
    public func selection(_ core: AppCore) -> Selection {
        guard let agreement = core.agreement else { return .none }
        return Selection(node: node, agreement: agreement)
    }

    /// The entry under the cursor of the measures pane, if it is an item.
    var focusedMeasure: PaneItem? {
        measures.isSelectable(measuresCursor) ? measures.entries[measuresCursor] : nil
    }

    /// The entry under the cursor of the log pane, if it is an item.
    var focusedLogEntry: PaneItem? {
        log.isSelectable(logCursor) ? log.entries[logCursor] : nil
    }

    public mutating func perform(_ action: Action, core: inout AppCore) -> Outcome {
        if case .together(let command) = action { return performTogether(command, core: &core) }
        guard case .browse(let command) = action else { return .none }
        switch command {
        case .up: moveCursor(by: -1, core)
        case .down: moveCursor(by: 1, core)
        case .pageUp: moveCursor(by: -pageSize(core), core)
        case .pageDown: moveCursor(by: pageSize(core), core)
        case .first: moveCursor(by: -Int.max / 2, core)
        case .last: moveCursor(by: Int.max / 2, core)
        case .nextPane: focus = focus.next
        case .previousPane: focus = focus.previous
        case .open: return .push(DetailState(subject: detailSubject, core: core))
        case .back:
            if focus == .goals { return Outcome(navigation: [.closeAgreement]) }
            focus = .goals
        case .addLogEntry: return beginLogEntry(&core)
        case .add: return beginAdd(&core)
        case .addGoalArea: return beginAddGoalArea(&core)
        case .delete: return askDelete(&core)
        case .moveItemUp: return moveItem(by: -1, &core)
        case .moveItemDown: return moveItem(by: 1, &core)
        case .search: return .push(FormState(.search, core: core))
        case .nextHit: stepSearch(by: 1, &core)
        case .previousHit: stepSearch(by: -1, &core)
        case .meeting: return startMeeting(&core)
        case .export: return beginExport(core)
        case .phase: return core.agreement == nil ? .none : .push(PhaseState())
        case .takeOverLock:
            guard case .heldElsewhere(let holder, _) = core.session.lock else {
                core.say(.notReadOnly, .warning)
                return .none
            }
            return .push(DialogState(.takeOverLock(holder), core: core))
        case .wheel: return core.agreement == nil ? .none : .push(WheelState(core))
        case .conversation: return ConversationState.start(&core)
        case .overview: return Outcome(navigation: [.showOverview])
        case .scorecard: return openScorecard(&core)
        case .addIndicatorValue: return beginIndicatorValue(&core)
        case .addIndicator: return beginNewIndicator(&core)
        case .actionPlan: return .effects([.loadPlans(.view)])
        case .markMeasureDone: return markMeasureDone(&core)
        case .previousLog: return showPreviousLog(&core)
        case .handOver: return handOver(&core)
        }
        return .none
    }

    public mutating func reconcile(_ core: AppCore) {
        guard let agreement = core.agreement else { return }
        let key = buildKey(core)
        guard key != builtFrom else { return }
        if key.revision != builtFrom.revision {
            let old = tree
            tree = GoalTree(agreement)
            node = tree.survivor(of: node, in: old)
        }
        rebuildPanes(core, keepCursors: true)
        scrollGoalsIntoView(core)
    }

    public mutating func reveal(_ target: Reveal, core: inout AppCore) {
        if case .search(let query) = target {
            runSearch(query, &core)
            return
        }
        guard case .item(let item) = target else { return }
        switch item {
        case .goalArea(let id):
            select(.goalArea(id), core)
            focus = .goals
        case .row(let id):
            guard let area = core.agreement?.goalAreas.first(where: { $0.rows.contains { $0.id == id } }) else { return }
            select(.row(area: area.id, row: id), core)
            focus = .goals
        case .measure, .support:
            if let i = measures.index(of: item) {
                measuresCursor = i
                focus = .measures
            }
        case .logEntry:
            if let i = log.index(of: item) {
                logCursor = i
                focus = .log
            }
        case .checklistItem, .personalGoal, .indicator, .indicatorValue:
            break
        }
        scrollPanesIntoView(core)
    }

    /// The same screen with every kept layout forgotten (its memos and the panes' drawn
    /// entries): drawing it lays everything out afresh, which a test compares with the memos.
    func forgettingLayouts() -> BrowseState {
        var copy = self
        copy.goalsLines = LayoutMemo()
        copy.detailLines = LayoutMemo(capacity: 16)
        copy.measures = measures.forgettingDrawnRows()
        copy.log = log.forgettingDrawnRows()
        return copy
    }

    public func render(_ core: AppCore, into screen: inout Screen) {
        BrowseView.draw(self, core, into: &screen)
    }

    /// Moves the goals cursor to a line and shows its measures and log.
    mutating func select(_ target: GoalTree.Node, _ core: AppCore) {
        guard tree.position(of: target) != nil else { return }
        node = target
        let key = buildKey(core)
        if builtFrom != key, let kept = paneCache.panes(for: node, in: key.version) {
            // Built for this line lately (Up and Down across a row with a 5,000-entry log).
            measures = kept.measures
            log = kept.log
            builtFrom = key
        }
        if builtFrom == key {
            // The panes already hold this line (`n` to the next hit in the same row): the cursors
            // start over without making every entry again, which a 5,000-entry log would feel.
            measuresCursor = measures.firstSelectable ?? 0
            logCursor = log.firstSelectable ?? 0
            measuresScroll = 0
            logScroll = 0
            scrollPanesIntoView(core)
        } else {
            rebuildPanes(core, keepCursors: false)
        }
        scrollGoalsIntoView(core)
    }

    private func buildKey(_ core: AppCore) -> BuildKey {
        BuildKey(revision: core.document?.revision ?? 0, size: core.size, node: node, language: core.session.language)
    }

    /// Rebuilds the measures and log panes for the selection; cursors stay on their items
    /// (or the nearest one) when `keepCursors`, else start at the first item.
    private mutating func rebuildPanes(_ core: AppCore, keepCursors: Bool) {
        let keptMeasure = keepCursors ? focusedMeasure?.item : nil
        let keptLog = keepCursors ? focusedLogEntry?.item : nil
        let (oldMeasure, oldLog) = (measuresCursor, logCursor)
        let rows = selection(core).rows
        let layout = MainLayout(core.size)
        let words = core.words
        let measureWidth = MainLayout.inner(layout.measures).width, logWidth = MainLayout.inner(layout.log).width
        // Entries are measured when first shown or scrolled past, not here.
        measures = PaneList(PaneItem.measures(of: rows, words: words), width: measureWidth,
                            height: { ItemLines.height(of: $0, width: $1, words: words) }, isSelectable: \.isSelectable)
        log = PaneList(PaneItem.log(of: rows), width: logWidth,
                       height: { ItemLines.height(of: $0, width: $1, words: words) }, isSelectable: \.isSelectable)
        let key = buildKey(core)
        paneCache.keep(PaneCache.Panes(measures: measures, log: log), for: key.node, in: key.version)
        if keepCursors {
            measuresCursor = keptMeasure.flatMap { item in measures.entries.firstIndex { $0.item == item } } ?? measures.nearestSelectable(to: oldMeasure)
            logCursor = keptLog.flatMap { item in log.entries.firstIndex { $0.item == item } } ?? log.nearestSelectable(to: oldLog)
        } else {
            measuresCursor = measures.firstSelectable ?? 0
            logCursor = log.firstSelectable ?? 0
            measuresScroll = 0
            logScroll = 0
        }
        builtFrom = key
        paneBuilds += 1
        scrollPanesIntoView(core)
    }

    /// What `Enter` shows in full: the focused item of the focused pane, else the goals line.
    var detailSubject: DetailSubject {
        switch focus {
        case .measures: if let item = focusedMeasure?.item { return .item(item, within: node) }
        case .log: if let item = focusedLogEntry?.item { return .item(item, within: node) }
        case .goals: break
        }
        return .node(node)
    }
}
