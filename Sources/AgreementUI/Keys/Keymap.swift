import Catalogue

/// The binding table: the one source of the key handling, the footer hints, the `?` help
/// screen and the README's key list.
public enum Keymap {
    private static let move: [KeyContext] = [.browse, .detail, .checklist]
    private static let meetingAreas: [KeyContext] = [.review, .assessment]
    private static let meetings: [KeyContext] = [.review, .assessment, .meetingChecklist, .reviewSummary, .assessmentSummary]
    private static let conversations: [KeyContext] = [.conversation, .conversationLastTime, .conversationAssessment, .conversationMinutes]
    private static let conversationLists: [KeyContext] = [.conversation, .conversationLastTime, .conversationAssessment]

    public static let bindings: [Binding] = [
        Binding([.up, .control("p")], .picker(.up), [.picker], footer: 3),
        Binding([.down, .control("n")], .picker(.down), [.picker], footer: 3),
        Binding([.pageUp], .picker(.pageUp), [.picker]),
        Binding([.pageDown], .picker(.pageDown), [.picker]),
        Binding([.enter], .picker(.open), [.picker], footer: 1),
        Binding([.escape], .picker(.clearOrQuit), [.picker], footer: 2),
        Binding([.control("o")], .picker(.overview), [.picker], footer: 2),

        Binding([.up, .control("p")], .overview(.up), [.overview], footer: 9),
        Binding([.down, .control("n")], .overview(.down), [.overview], footer: 9),
        Binding([.pageUp], .overview(.pageUp), [.overview]),
        Binding([.pageDown], .overview(.pageDown), [.overview]),
        Binding([.home], .overview(.first), [.overview]),
        Binding([.end], .overview(.last), [.overview]),
        Binding([.enter], .overview(.open), [.overview], footer: 1),
        Binding([.right], .overview(.sortNext), [.overview], footer: 3),
        Binding([.left], .overview(.sortPrevious), [.overview]),
        // At 80 columns the footer keeps what a contact person uses: open, sort and reverse it, mine,
        // behind, back; help, the matrix and the other quick filters join as the width allows.
        Binding([.control("r")], .overview(.reverse), [.overview], footer: 3),
        Binding([.function(2)], hidden: [.alt("m")], .overview(.mine), [.overview], footer: 2),
        Binding([.function(3)], hidden: [.alt("t")], .overview(.serviceArea), [.overview], footer: 5),
        Binding([.function(4)], hidden: [.alt("f")], .overview(.phase), [.overview], footer: 5),
        Binding([.function(5)], hidden: [.alt("b")], .overview(.behind), [.overview], footer: 2),
        // Alt-å (år): the key is a letter, not a word for the catalogue.
        Binding([.function(6)], hidden: [.alt("\u{E5}")], .overview(.year), [.overview], footer: 5),
        Binding([.tab], .overview(.matrix), [.overview], footer: 4),
        Binding([.function(7)], hidden: [.alt("s")], .overview(.conversation), [.overview], footer: 5),
        Binding([.escape], .overview(.clearOrBack), [.overview], footer: 3),
        Binding([.function(1)], .app(.help), [.overview], footer: 4),

        Binding([.up, .character("k")], .matrix(.up), [.matrix], footer: 6),
        Binding([.down, .character("j")], .matrix(.down), [.matrix], footer: 6),
        Binding([.left, .character("h")], .matrix(.left), [.matrix], footer: 4),
        Binding([.right, .character("l")], .matrix(.right), [.matrix], footer: 4),
        Binding([.pageUp], .matrix(.pageUp), [.matrix]),
        Binding([.pageDown], .matrix(.pageDown), [.matrix]),
        Binding([.enter], .matrix(.open), [.matrix], footer: 1),
        Binding([.escape, .tab], .matrix(.back), [.matrix], footer: 2),

        Binding([.up, .character("k")], .browse(.up), [.browse]),
        Binding([.down, .character("j")], .browse(.down), [.browse]),
        Binding([.pageUp], .browse(.pageUp), [.browse]),
        Binding([.pageDown], .browse(.pageDown), [.browse]),
        Binding([.home], .browse(.first), [.browse]),
        Binding([.end], .browse(.last), [.browse]),
        Binding([.tab], .browse(.nextPane), [.browse], footer: 6),
        Binding([.backTab], .browse(.previousPane), [.browse]),
        Binding([.enter], .browse(.open), [.browse], footer: 3),
        Binding([.escape], .browse(.back), [.browse]),
        Binding([.character("l")], .browse(.addLogEntry), [.browse], footer: 4),
        Binding([.character("a")], .browse(.add), [.browse], footer: 10),
        Binding([.character("A")], .browse(.addGoalArea), [.browse]),
        Binding([.character("d")], .browse(.delete), [.browse]),
        Binding([.character("K")], .browse(.moveItemUp), [.browse]),
        Binding([.character("J")], .browse(.moveItemDown), [.browse]),
        Binding([.character("/")], .browse(.search), [.browse], footer: 7),
        Binding([.character("n")], .browse(.nextHit), [.browse]),
        Binding([.character("N")], .browse(.previousHit), [.browse]),
        Binding([.character("m")], .browse(.meeting), [.browse], footer: 8),
        Binding([.character("e")], .browse(.export), [.browse]),
        Binding([.character("p")], .browse(.phase), [.browse], footer: 9),
        Binding([.character("T")], .browse(.takeOverLock), [.browse], footer: 1),
        Binding([.character("h")], .browse(.wheel), [.browse], footer: 11),
        Binding([.character("s")], .browse(.conversation), [.browse], footer: 12),
        Binding([.character("o")], .browse(.overview), [.browse]),
        Binding([.character("i")], .browse(.scorecard), [.browse], footer: 13),
        Binding([.character("v")], .browse(.addIndicatorValue), [.browse]),
        Binding([.character("I")], .browse(.addIndicator), [.browse]),
        Binding([.character("H")], .browse(.actionPlan), [.browse]),
        Binding([.character("x")], .browse(.markMeasureDone), [.browse]),
        Binding([.character("L")], .browse(.previousLog), [.browse]),
        Binding([.character("P")], .browse(.handOver), [.browse], footer: 15),

        Binding([.up, .character("k")], .detail(.up), [.detail, .checklist, .conflict], footer: 3),
        Binding([.down, .character("j")], .detail(.down), [.detail, .checklist, .conflict], footer: 3),
        Binding([.pageUp], .detail(.pageUp), [.detail, .checklist, .conflict]),
        Binding([.pageDown], .detail(.pageDown), [.detail, .checklist, .conflict]),
        Binding([.home], .detail(.first), [.detail, .checklist, .conflict]),
        Binding([.end], .detail(.last), [.detail, .checklist, .conflict]),
        Binding([.enter], .detail(.edit), [.detail, .checklist], footer: 1),
        Binding([.character(" ")], .detail(.markDone), [.checklist], footer: 2),
        Binding([.character("i")], .detail(.markNotDone), [.checklist], footer: 2),
        Binding([.escape], .detail(.back), [.detail, .checklist, .conflict], footer: 4),
        Binding([.character("a")], .detail(.add), [.detail, .checklist]),
        Binding([.character("d")], .detail(.delete), [.detail, .checklist, .conflict]),
        // On a field with a recorded conflict, its words say «velg: a / b / rediger».
        Binding([.character("a")], .together(.takeA), [.conflict], footer: 1),
        Binding([.character("b")], .together(.takeB), [.conflict], footer: 1),
        Binding([.character("r"), .enter], .together(.editConflict), [.conflict], footer: 2),
        Binding([.character("E")], .together(.fieldHistory), [.detail, .checklist, .conflict], footer: 6),
        Binding([.character("E")], .together(.fieldHistory), [.browse]),
        Binding([.character("S")], .together(.sync), [.browse], footer: 10),

        Binding([.up, .character("k")], .together(.up), [.history], footer: 3),
        Binding([.down, .character("j")], .together(.down), [.history], footer: 3),
        Binding([.pageUp], .together(.pageUp), [.history]),
        Binding([.pageDown], .together(.pageDown), [.history]),
        Binding([.enter], .together(.restore), [.history], footer: 1),
        Binding([.escape], .together(.close), [.history], footer: 2),

        Binding([.up, .character("k")], .help(.up), [.help], footer: 2),
        Binding([.down, .character("j")], .help(.down), [.help], footer: 2),
        Binding([.pageUp], .help(.pageUp), [.help]),
        Binding([.pageDown], .help(.pageDown), [.help]),
        Binding([.escape, .character("?")], .help(.close), [.help], footer: 1),

        // y as well as j: the question says (y/n) in English, (j/n) in bokmål and nynorsk.
        Binding([.character("j"), .character("y")], .phase(.next), [.phase], footer: 1),
        Binding([.character("n"), .escape], .phase(.stay), [.phase], footer: 1),
        Binding([.character("s")], .phase(.signOff), [.phase], footer: 2),
        Binding([.character("r")], .phase(.reopen), [.phase], footer: 3),
        Binding([.up, .character("k")], .phase(.up), [.phase]),
        Binding([.down], .phase(.down), [.phase]),
        Binding([.character("N")], .phase(.nextYear), [.phase], footer: 4),

        Binding([.character("1")], .meeting(.rateBeyond), [.assessment], footer: 1),
        Binding([.character("2")], .meeting(.rateAsAgreed), [.assessment], footer: 1),
        Binding([.character("3")], .meeting(.rateBelow), [.assessment], footer: 1),
        Binding([.character("u")], .meeting(.markDone), [.meetingChecklist], footer: 1),
        Binding([.character("i")], .meeting(.markNotDone), [.meetingChecklist], footer: 1),
        Binding([.right, .character("n"), .pageDown], .meeting(.next), meetings, footer: 3),
        Binding([.left, .character("p"), .pageUp], .meeting(.previous), meetings, footer: 4),
        Binding([.up, .character("k")], .meeting(.up), meetingAreas),
        Binding([.down, .character("j")], .meeting(.down), meetingAreas),
        Binding([.character("c")], .meeting(.comment), meetingAreas, footer: 2),
        Binding([.backspace], .meeting(.stepBack), [.assessment, .meetingChecklist, .assessmentSummary], footer: 6),
        Binding([.character("f")], .meeting(.improvementPlan), [.assessmentSummary], footer: 1),
        Binding([.character("s")], .meeting(.signOff), [.assessmentSummary], footer: 2),
        Binding([.character("w")], .meeting(.minutes), meetings, footer: 5),
        Binding([.escape], .meeting(.leave), meetings, footer: 7),

        Binding([.up, .character("k")], .wheel(.up), [.wheel]),
        Binding([.down, .character("j")], .wheel(.down), [.wheel]),
        Binding([.pageUp], .wheel(.pageUp), [.wheel]),
        Binding([.pageDown], .wheel(.pageDown), [.wheel]),
        Binding([.home], .wheel(.first), [.wheel]),
        Binding([.end], .wheel(.last), [.wheel]),
        Binding([.left], .wheel(.previousMonth), [.wheel]),
        Binding([.right], .wheel(.nextMonth), [.wheel], footer: 6),
        Binding([.enter], .wheel(.open), [.wheel], footer: 3),
        Binding([.character(" ")], .wheel(.mark), [.wheel], footer: 4),
        Binding([.character("d")], .wheel(.dates), [.wheel], footer: 5),
        Binding([.escape], .wheel(.back), [.wheel], footer: 7),

        Binding([.right, .character("n"), .pageDown], .conversation(.next), conversations, footer: 3),
        Binding([.left, .character("p"), .pageUp], .conversation(.previous), conversations, footer: 5),
        Binding([.up, .character("k")], .conversation(.up), conversationLists),
        Binding([.down, .character("j")], .conversation(.down), conversationLists),
        Binding([.character(" ")], .conversation(.mark), [.conversation, .conversationLastTime], footer: 1),
        Binding([.character("c")], .conversation(.notes), [.conversation], footer: 4),
        Binding([.character("f")], .conversation(.followUp), [.conversation], footer: 4),
        Binding([.enter], .conversation(.edit), conversationLists, footer: 6),
        Binding([.character("w")], .conversation(.minutes), conversations, footer: 4),
        Binding([.escape], .conversation(.leave), conversations, footer: 2),

        Binding([.enter], .form(.confirm), [.form, .search], footer: 1),
        Binding([.lineFeed, .altEnter], .form(.newline), [.form], footer: 2),
        Binding([.escape], .form(.cancel), [.form, .search], footer: 3),
        Binding([.tab], .form(.nextField), [.form], footer: 4),
        Binding([.backTab], .form(.previousField), [.form]),
        Binding([.control("c")], .form(.discard), [.form, .search]),
        Binding([.up], .form(.earlierQuery), [.search], footer: 4),
        Binding([.down], .form(.laterQuery), [.search]),

        Binding([.enter], .dialog(.choose), [.dialog], footer: 1),
        Binding([.escape], .dialog(.cancel), [.dialog], footer: 2),
    ] + indicatorBindings + [

        Binding([.up, .character("k")], .nextYear(.up), [.nextYear], footer: 4),
        Binding([.down, .character("j")], .nextYear(.down), [.nextYear], footer: 4),
        Binding([.character(" ")], .nextYear(.toggle), [.nextYear], footer: 2),
        Binding([.enter], .nextYear(.create), [.nextYear], footer: 1),
        Binding([.escape], .nextYear(.cancel), [.nextYear], footer: 3),

        Binding([.up, .character("k")], .previousLog(.up), [.previousLog], footer: 2),
        Binding([.down, .character("j")], .previousLog(.down), [.previousLog], footer: 2),
        Binding([.pageUp], .previousLog(.pageUp), [.previousLog]),
        Binding([.pageDown], .previousLog(.pageDown), [.previousLog]),
        Binding([.escape], .previousLog(.close), [.previousLog], footer: 1),

        Binding([.character("u")], .app(.undo), [.browse, .detail, .checklist, .conflict, .scorecard, .indicator], footer: 5),
        Binding([.control("r")], .app(.redo), [.browse, .detail, .checklist, .conflict, .scorecard, .indicator]),
        Binding([.control("s")], .app(.saveNow), [.browse]),
        Binding([.character("?")], .app(.help), [.browse, .detail, .checklist, .phase, .matrix, .scorecard, .indicator, .plan] + meetings + [.wheel] + conversations + [.nextYear, .previousLog, .conflict, .history], footer: 1),
        Binding([.character("q")], hidden: [.control("c")], .app(.quit), [.browse, .detail, .checklist, .help, .wheel, .matrix, .scorecard, .indicator, .plan, .previousLog, .conflict, .history], footer: 2),
        // A control key: in the picker every printable key filters.
        Binding([.control("l")], .app(.switchLanguage), [.picker, .browse, .detail, .checklist, .help, .wheel, .matrix, .scorecard, .indicator, .plan, .overview, .previousLog, .conflict, .history,
                                                          .conversation, .conversationLastTime, .conversationAssessment, .conversationMinutes, .nextYear], footer: 12),

    ]

    /// The action a key gives in a context, if any.
    public static func action(for key: Key, in context: KeyContext) -> Action? {
        if let slot = key.slot { return actionsBySlot[context.ordinal &* Key.slotCount &+ slot] }
        return actionsByPlace[context.ordinal][key]
    }

    /// The bindings of a context, in table order.
    public static func bindings(in context: KeyContext) -> [Binding] {
        byContext[context] ?? []
    }

    /// The table by context, built once: every key and every footer looks here.
    private static let byContext: [KeyContext: [Binding]] = Dictionary(
        uniqueKeysWithValues: KeyContext.allCases.map { context in (context, bindings.filter { $0.contexts.contains(context) }) }
    )

    /// Each context's keys to their actions, by the context's place in `allCases`; the first
    /// row of the table with a key wins.
    private static let actionsByPlace: [[Key: Action]] = KeyContext.allCases.map { context in
        var map: [Key: Action] = [:]
        for row in byContext[context] ?? [] { for key in row.allKeys where map[key] == nil { map[key] = row.action } }
        return map
    }

    /// The same for the keys with a `Key.slot`, one row of `Key.slotCount` per context, found by
    /// index: a press costs no hashing of the key (a dictionary lookup was about 3 % of a key's time).
    private static let actionsBySlot: [Action?] = {
        var table = [Action?](repeating: nil, count: KeyContext.allCases.count * Key.slotCount)
        for (place, map) in actionsByPlace.enumerated() {
            for (key, action) in map { if let slot = key.slot { table[place * Key.slotCount + slot] = action } }
        }
        return table
    }()
}
