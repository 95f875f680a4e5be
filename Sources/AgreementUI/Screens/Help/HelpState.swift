import Catalogue

/// The `?` screen: every binding of every context from the binding table, the one where help
/// was asked first, and the colour legend.
public struct HelpState: ScreenState {
    /// Where help was asked; its keys come first.
    public let context: KeyContext
    public internal(set) var offset = 0

    public init(context: KeyContext) {
        self.context = context
    }

    public func keyContext(_ core: AppCore) -> KeyContext { .help }

    public mutating func perform(_ action: Action, core: inout AppCore) -> Outcome {
        guard case .help(let command) = action else { return .none }
        let page = max(1, core.size.height - 4)
        switch command {
        case .up: offset -= 1
        case .down: offset += 1
        case .pageUp: offset -= page
        case .pageDown: offset += page
        case .close: return .pop
        }
        let maximum = max(0, HelpView.lines(self, words: core.words, width: core.size.width).count - page)
        offset = min(max(0, offset), maximum)
        return .none
    }

    public func render(_ core: AppCore, into screen: inout Screen) {
        HelpView.draw(self, core, into: &screen)
    }
}
