import AgreementKit
import Catalogue

/// Meeting mode: the contact person and the leader step through the goal areas together —
/// the mid-year review in Oppfølging, the year-end assessment in Resultatvurdering. The order
/// and the current step name goal areas and tasks by id.
public struct MeetingState: ScreenState {
    /// Where the meeting is.
    public enum Step: Equatable, Sendable {
        case area(ItemID)
        /// A task of the checklist (year-end only).
        case checklist(ItemID)
        case summary
    }

    /// Which rating the next digit sets in the year-end assessment.
    public enum RatingFocus: Equatable, Sendable {
        case measures
        case attainment
    }

    /// A value set in the meeting, so Backspace can put the old one back and step back.
    public struct Mark: Equatable, Sendable {
        public var step: Step
        public var focus: RatingFocus
        public var field: FieldRef
        public var previous: String
    }

    public let kind: Review.Kind
    /// Goal areas in the form's order: 2.1, 2.2, 3.2.
    public internal(set) var order: [ItemID]
    /// Checklist tasks in order (year-end).
    public internal(set) var tasks: [ItemID]
    public var step: Step
    public var focus: RatingFocus = .measures
    public var trail: [Mark] = []
    /// Lines the left column is scrolled.
    public var scroll = 0
    /// The left column's lines per goal area, laid out for the agreement as it is (a cache,
    /// started over when it changes: equal states may hold different memos).
    private(set) var areaLines = LayoutMemo<ItemID, [[Cell]]>(capacity: 64)

    /// A meeting on an agreement in Oppfølging (mid-year) or Resultatvurdering (year-end),
    /// starting where the work is: at year-end the first goal area not yet rated.
    public init(_ agreement: Agreement) {
        kind = agreement.phase == .assessment ? .yearEnd : .midYear
        order = Self.order(of: agreement)
        tasks = agreement.checklist.map(\.id)
        step = order.first.map { .area($0) } ?? .summary
        if kind == .yearEnd, let first = agreement.goalAreas.first(where: { order.contains($0.id) && $0.assessment.state != .complete }) {
            step = .area(first.id)
            focus = first.assessment.measuresRating == nil ? .measures : .attainment
        }
    }

    private static func order(of agreement: Agreement) -> [ItemID] {
        [GoalSection.common, .serviceArea, .own].flatMap { agreement.goalAreas(in: $0).map(\.id) }
    }

    public func keyContext(_ core: AppCore) -> KeyContext {
        switch step {
        case .area: kind == .yearEnd ? .assessment : .review
        case .checklist: .meetingChecklist
        case .summary: kind == .yearEnd ? .assessmentSummary : .reviewSummary
        }
    }

    /// The goal area of the current step, if it is one.
    public func area(_ core: AppCore) -> GoalArea? {
        guard case .area(let id) = step else { return nil }
        return core.agreement?.goalArea(id)
    }

    /// The same meeting with its laid-out lines forgotten (a test draws it afresh).
    func forgettingLayouts() -> MeetingState {
        var copy = self
        copy.areaLines = LayoutMemo(capacity: 64)
        return copy
    }

    public mutating func reconcile(_ core: AppCore) {
        areaLines = LayoutMemo(capacity: 64)
        guard let agreement = core.agreement else { return }
        let (oldOrder, oldTasks) = (order, tasks)
        order = Self.order(of: agreement)
        tasks = kind == .yearEnd ? agreement.checklist.map(\.id) : []
        switch step {
        case .area(let id) where !order.contains(id):
            let was = oldOrder.firstIndex(of: id) ?? 0
            step = order.isEmpty ? .summary : .area(order[min(was, order.count - 1)])
        case .checklist(let id) where !tasks.contains(id):
            let was = oldTasks.firstIndex(of: id) ?? 0
            step = tasks.isEmpty ? .summary : .checklist(tasks[min(was, tasks.count - 1)])
        default:
            break
        }
    }

    public func render(_ core: AppCore, into screen: inout Screen) {
        MeetingView.draw(self, core, into: &screen)
    }

    /// The step after `step`: next area, then (year-end) the checklist, then the summary.
    func step(after step: Step) -> Step {
        switch step {
        case .area(let id):
            if let i = order.firstIndex(of: id), i + 1 < order.count { return .area(order[i + 1]) }
            return kind == .yearEnd && !tasks.isEmpty ? .checklist(tasks[0]) : .summary
        case .checklist(let id):
            if let i = tasks.firstIndex(of: id), i + 1 < tasks.count { return .checklist(tasks[i + 1]) }
            return .summary
        case .summary:
            return .summary
        }
    }

    func step(before step: Step) -> Step {
        switch step {
        case .area(let id):
            let i = order.firstIndex(of: id) ?? 0
            return .area(order[max(0, i - 1)])
        case .checklist(let id):
            if let i = tasks.firstIndex(of: id), i > 0 { return .checklist(tasks[i - 1]) }
            return order.last.map { .area($0) } ?? step
        case .summary:
            if kind == .yearEnd, let last = tasks.last { return .checklist(last) }
            return order.last.map { .area($0) } ?? .summary
        }
    }
}
