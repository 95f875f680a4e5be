import AgreementKit
import Catalogue

/// Conversation mode (ledersamtale), full screen like meeting mode: last time's follow-ups,
/// then the guide's areas one at a time — sources and questions on the left, notes and
/// follow-ups on the right — then section 1.5's two-sided leader assessment, then the minutes.
/// The record (in `core.companions`) remembers the step, so the conversation resumes there.
public struct ConversationState: ScreenState {
    /// The conversation's date: the record it works on.
    public let date: LocalDate
    public internal(set) var step: ConversationStep
    /// The item under the cursor in the step's list (questions then follow-ups; follow-ups;
    /// criteria), by position.
    public internal(set) var cursor = 0
    /// Started from the overview: leaving comes back to it, the agreement closed.
    public internal(set) var backToOverview = false
    /// The guide column's lines per area, as laid out (a cache, started over on every change
    /// the screen is told of: equal states may hold different memos).
    private(set) var guideLines = LayoutMemo<ConversationAreaView.GuideKey, [ConversationAreaView.GuideLine]>(capacity: 32)
    /// The notes column's lines per area and notes, likewise.
    private(set) var noteLines = LayoutMemo<ConversationAreaView.NotesKey, [ConversationAreaView.GuideLine]>(capacity: 32)
    /// The bar's line per step and count, likewise.
    private(set) var barLine = LayoutMemo<ConversationView.BarKey, [Cell]>(capacity: 32)

    /// Opens a conversation that is in `core.companions`, at the step it was left on.
    public init(_ conversation: Conversation, core: AppCore) {
        date = conversation.date
        step = conversation.step
        let steps = Self.steps(conversation, core)
        if !steps.contains(step) { step = steps.first ?? .minutes }
    }

    public func keyContext(_ core: AppCore) -> KeyContext {
        switch step {
        case .lastTime: .conversationLastTime
        case .area: .conversation
        case .leaderAssessment: .conversationAssessment
        case .minutes: .conversationMinutes
        }
    }

    /// The record, as it is now.
    public func conversation(_ core: AppCore) -> Conversation? { core.companions.conversation(on: date) }

    /// The guide the record follows, if the store has it.
    func guide(_ core: AppCore) -> ConversationGuide? {
        conversation(core).flatMap { core.companions.guide($0.guideID) }
    }

    /// The steps in order: last time, the guide's areas, the leader assessment, the minutes.
    static func steps(_ conversation: Conversation, _ core: AppCore) -> [ConversationStep] {
        let areas = core.companions.guide(conversation.guideID)?.areas.map { ConversationStep.area($0.id) } ?? []
        return [.lastTime] + areas + [.leaderAssessment, .minutes]
    }

    /// The step `offset` places from `step` in `steps`, stopping at either end (an area the guide
    /// no longer has counts as the first step), found by place: no list of the steps is made.
    static func step(from step: ConversationStep, by offset: Int, _ conversation: Conversation, _ core: AppCore) -> ConversationStep {
        let areas = core.companions.guide(conversation.guideID)?.areas ?? []
        let count = areas.count + 3
        let target = min(max(0, place(of: step, among: areas) + offset), count - 1)
        if target == 0 { return .lastTime }
        if target <= areas.count { return .area(areas[target - 1].id) }
        return target == count - 2 ? .leaderAssessment : .minutes
    }

    /// A step's place in `steps` (from 0) with the guide's `areas`; an area the guide no longer
    /// has counts as the first step.
    static func place(of step: ConversationStep, among areas: [GuideArea]) -> Int {
        switch step {
        case .lastTime: 0
        case .area(let id): areas.firstIndex { $0.id == id }.map { $0 + 1 } ?? 0
        case .leaderAssessment: areas.count + 1
        case .minutes: areas.count + 2
        }
    }

    /// The follow-ups agreed in the conversations before this one, with the date of each.
    func earlierFollowUps(_ core: AppCore) -> [(date: LocalDate, item: FollowUpItem)] {
        core.companions.conversations.filter { $0.date < date }.flatMap { c in c.followUps.map { (c.date, $0) } }
    }

    /// The guide area of the current step.
    func area(_ core: AppCore) -> GuideArea? {
        guard case .area(let id) = step else { return nil }
        return guide(core)?.areas.first { $0.id == id }
    }

    /// How many items the cursor moves over in this step.
    func itemCount(_ core: AppCore) -> Int {
        switch step {
        case .lastTime: earlierFollowUps(core).count
        case .area(let id): (area(core)?.questions.count ?? 0) + (conversation(core)?.followUps(in: id).count ?? 0)
        case .leaderAssessment: core.agreement?.leaderAssessmentSheet.count ?? 0
        case .minutes: 0
        }
    }

    public mutating func reconcile(_ core: AppCore) {
        guideLines = LayoutMemo(capacity: 32)
        noteLines = LayoutMemo(capacity: 32)
        barLine = LayoutMemo(capacity: 32)
        cursor = min(cursor, max(0, itemCount(core) - 1))
    }

    /// The same screen with its laid-out lines forgotten (a test draws it afresh).
    func forgettingLayouts() -> ConversationState {
        var copy = self
        copy.guideLines = LayoutMemo(capacity: 32)
        copy.noteLines = LayoutMemo(capacity: 32)
        copy.barLine = LayoutMemo(capacity: 32)
        return copy
    }

    public func render(_ core: AppCore, into screen: inout Screen) {
        ConversationView.draw(self, core, into: &screen)
    }
}

extension ConversationState {
    /// `s` on the main screen: resumes a conversation not brought to its end (or today's), else
    /// starts one today with the store's guide — at last time's follow-ups when there are any.
    static func start(_ core: inout AppCore, backToOverview: Bool = false) -> Outcome {
        guard let agreement = core.agreement else { return .none }
        let w = core.words
        let today = core.session.today
        if let open = core.companions.conversations.last(where: { !$0.finished }) ?? core.companions.conversation(on: today) {
            core.status = Status(w.conversation(.resumed(w.date(open.date))))
            var screen = ConversationState(open, core: core)
            screen.backToOverview = backToOverview
            return .push(screen)
        }
        guard let guide = core.companions.guides.first else {
            if let first = core.companions.guideProblems.first {
                core.status = Status(w.conversation(.guideUnreadable(first: first, more: core.companions.guideProblems.count - 1)), kind: .error)
            } else {
                core.status = Status(w.conversation(.noGuide), kind: .warning)
            }
            return .none
        }
        let earlier = core.companions.conversations.contains { !$0.followUps.isEmpty }
        let first: ConversationStep = earlier ? .lastTime : guide.areas.first.map { .area($0.id) } ?? .leaderAssessment
        let conversation = Conversation(agreementID: agreement.id, date: today, guideID: guide.id, step: first)
        core.companions.put(conversation)
        core.status = Status(w.conversation(.started(w.date(today))))
        var screen = ConversationState(conversation, core: core)
        screen.backToOverview = backToOverview
        return .push(screen)
    }
}
