import Catalogue

/// The `?` screen: every binding of every context from the binding table, the one where help
/// was asked first, and the colour legend.
public struct HelpState: ScreenState {
    /// Where help was asked; its keys come first.
    public let context: KeyContext
    public internal(set) var offset = 0
    /// The lines laid out for `laidOutWidth`: the key table is wrapped when help opens or the
    /// size changes, not on every key and frame.
    private(set) var laidOutLines: [[Span]] = []
    private(set) var laidOutWidth = -1

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
        let maximum = max(0, lines(core).count - page)
        offset = min(max(0, offset), maximum)
        return .none
    }

    public mutating func reconcile(_ core: AppCore) {
        laidOutWidth = HelpView.innerWidth(core.size.width)
        laidOutLines = HelpView.lines(self, words: core.words, width: laidOutWidth)
    }

    /// The laid-out lines, from the cache when it is for this width.
    func lines(_ core: AppCore) -> [[Span]] {
        let width = HelpView.innerWidth(core.size.width)
        return width == laidOutWidth ? laidOutLines : HelpView.lines(self, words: core.words, width: width)
    }

    public func render(_ core: AppCore, into screen: inout Screen) {
        HelpView.draw(self, core, into: &screen)
    }
}
