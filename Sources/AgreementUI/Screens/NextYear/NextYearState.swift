import AgreementKit
import Catalogue

/// The review of next year's agreement before it is made: each of this year's goal areas with
/// what will happen to it, one key to keep or drop a carried one, `Enter` to make it. This
/// year's agreement is not changed.
public struct NextYearState: ScreenState {
    public internal(set) var plan: Rollover
    /// The goal area the cursor is on (index into `plan.areas`).
    public internal(set) var cursor = 0

    public init(_ plan: Rollover) {
        self.plan = plan
    }

    public func keyContext(_ core: AppCore) -> KeyContext { .nextYear }

    public mutating func perform(_ action: Action, core: inout AppCore) -> Outcome {
        guard case .nextYear(let command) = action else { return .none }
        switch command {
        case .up: cursor = max(0, cursor - 1)
        case .down: cursor = min(max(0, plan.areas.count - 1), cursor + 1)
        case .toggle:
            guard plan.areas.indices.contains(cursor) else { return .none }
            if !plan.toggle(plan.areas[cursor].id) {
                core.status = Status(core.words.yearStart(.notToggleable), kind: .warning)
            }
        case .create:
            return .effects([.createNextYear(plan)])
        case .cancel:
            core.status = nil
            return .pop
        }
        return .none
    }

    public func render(_ core: AppCore, into screen: inout Screen) {
        NextYearView.draw(self, core, into: &screen)
    }
}
