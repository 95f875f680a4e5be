import AgreementKit
import Catalogue

/// Last year's log of a carried row, full screen and read-only: the log stays with the year it
/// belongs to, and this is where the new row's leader reads it.
public struct PreviousLogState: ScreenState {
    public let log: PreviousLog
    public internal(set) var offset = 0

    public init(_ log: PreviousLog) {
        self.log = log
    }

    public func keyContext(_ core: AppCore) -> KeyContext { .previousLog }

    public mutating func perform(_ action: Action, core: inout AppCore) -> Outcome {
        guard case .previousLog(let command) = action else { return .none }
        let page = max(1, core.size.height - 5)
        let last = max(0, PreviousLogView.lines(log, core: core).count - page)
        switch command {
        case .up: offset = max(0, offset - 1)
        case .down: offset = min(last, offset + 1)
        case .pageUp: offset = max(0, offset - page)
        case .pageDown: offset = min(last, offset + page)
        case .close: return .pop
        }
        return .none
    }

    public func render(_ core: AppCore, into screen: inout Screen) {
        PreviousLogView.draw(self, core, into: &screen)
    }
}
