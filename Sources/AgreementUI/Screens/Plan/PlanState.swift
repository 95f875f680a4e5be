import AgreementKit
import Catalogue

/// The action plan across the store: the tree of the plan with, per period goal, the units and
/// rows that serve it, and the goals (and initiatives) no unit serves marked. Built from the
/// store's index when opened; `n`/`N` jump between the goals nobody serves.
public struct PlanState: ScreenState {
    public let plans: [ActionPlan]
    public let participants: [PlanCoverage.Participant]
    /// The plan shown, by place in `plans`.
    public internal(set) var current = 0
    /// The line under the cursor.
    public internal(set) var cursor = 0
    public internal(set) var scroll = 0
    /// The lines of each plan shown, worded in the session's language (a cache: a key that moves
    /// the cursor words no line and reckons no coverage again — at 2,000 serving agreements that
    /// was most of a key; equal states may hold different memos).
    private var memo = LayoutMemo<Int, [PlanLine]>(capacity: 8)
    /// The plan shown's lines as drawn, by place (made anew when another plan is shown).
    private var laid = LayoutMemo<Int, [Cell]>(capacity: 512)

    public init(plans: [ActionPlan], participants: [PlanCoverage.Participant]) {
        self.plans = plans
        self.participants = participants
    }

    public func keyContext(_ core: AppCore) -> KeyContext { .plan }

    /// Who serves the plan shown.
    public var coverage: PlanCoverage? {
        plans.indices.contains(current) ? PlanCoverage(plan: plans[current], agreements: participants) : nil
    }

    /// The same screen with its kept lines forgotten (a test compares the two).
    func forgettingLayouts() -> PlanState {
        var copy = self
        copy.memo = LayoutMemo(capacity: 8)
        copy.laid = LayoutMemo(capacity: 512)
        return copy
    }

    /// The plan shown as lines, in the session's language.
    public func lines(_ core: AppCore) -> [PlanLine] {
        let layout = LayoutMemo<Int, [PlanLine]>.Layout(width: 0, height: 0, language: core.session.language, glyphs: core.session.glyphs)
        return memo.value(for: current, in: layout) { coverage.map { PlanLine.lines($0, words: core.words) } ?? [] }
    }

    public mutating func perform(_ action: Action, core: inout AppCore) -> Outcome {
        guard case .plan(let command) = action else { return .none }
        let lines = lines(core)
        let page = max(1, PlanView.bodyHeight(core.size) - 1)
        switch command {
        case .up: cursor -= 1
        case .down: cursor += 1
        case .pageUp: cursor -= page
        case .pageDown: cursor += page
        case .first: cursor = 0
        case .last: cursor = lines.count - 1
        case .back: return .pop
        case .nextUnserved, .previousUnserved:
            let forward = command == .nextUnserved
            let order = forward ? Array(lines.indices.dropFirst(cursor + 1)) + Array(lines.indices.prefix(cursor + 1))
                : Array(lines.indices.prefix(cursor).reversed()) + Array(lines.indices.dropFirst(cursor).reversed())
            guard let next = order.first(where: { lines[$0].isUnservedGoal }) else {
                core.status = Status(core.words.indicatorInterface(.noUnservedGoals))
                return .none
            }
            cursor = next
        case .nextPlan:
            guard plans.count > 1 else {
                core.status = Status(core.words.indicatorInterface(.onePlanOnly))
                return .none
            }
            current = (current + 1) % plans.count
            laid = LayoutMemo(capacity: 512)
            cursor = 0
            scroll = 0
            return .none
        }
        cursor = min(max(0, cursor), max(0, lines.count - 1))
        let height = PlanView.bodyHeight(core.size)
        if cursor < scroll { scroll = cursor }
        if cursor >= scroll + height { scroll = cursor - height + 1 }
        return .none
    }

    public mutating func reconcile(_ core: AppCore) {
        let count = lines(core).count
        cursor = min(cursor, max(0, count - 1))
        let height = PlanView.bodyHeight(core.size)
        if cursor >= scroll + height { scroll = cursor - height + 1 }
        scroll = min(max(0, scroll), max(0, count - height))
    }

    /// The cells of the plan shown's line at `index`, `width` wide, laid out once.
    func cells(at index: Int, of lines: [PlanLine], width: Int, _ core: AppCore) -> [Cell] {
        let layout = LayoutMemo<Int, [Cell]>.Layout(width: width, height: 0, language: core.session.language, glyphs: core.session.glyphs)
        return laid.value(for: index, in: layout) {
            Screen.row(of: PlanView.spans(lines[index], glyphs: core.session.glyphs, words: core.words, width: width), width: width)
        }
    }

    public func render(_ core: AppCore, into screen: inout Screen) {
        PlanView.draw(self, core, into: &screen)
    }
}
