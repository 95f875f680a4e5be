import AgreementKit
import Catalogue

/// The measures and log panes already built for goals lines of one version of the agreement at
/// one size and language, so moving back onto a line with a 5,000-entry log does not make,
/// sort and index its entries again. A change, a resize or another language starts it over.
struct PaneCache: Equatable, Sendable {
    /// What every kept pane was built for, apart from the line.
    struct Version: Equatable, Sendable {
        var revision: Int
        var size: Size
        var language: Language
    }

    /// The two panes of one goals line.
    struct Panes: Sendable {
        var measures: PaneList<PaneItem>
        var log: PaneList<PaneItem>
    }

    /// At most this many lines are kept (the lines around the cursor are what moves return to).
    static let capacity = 8

    private var version: Version?
    private var kept: [GoalTree.Node: Panes] = [:]
    /// The lines in the order they were kept, oldest first.
    private var order: [GoalTree.Node] = []

    /// The panes kept for `node` in `version`, if any.
    func panes(for node: GoalTree.Node, in version: Version) -> Panes? {
        self.version == version ? kept[node] : nil
    }

    /// Keeps the panes of `node` in `version`, forgetting every other version and the oldest line beyond `capacity`.
    mutating func keep(_ panes: Panes, for node: GoalTree.Node, in version: Version) {
        if self.version != version {
            self.version = version
            kept = [:]
            order = []
        }
        if kept.updateValue(panes, forKey: node) == nil { order.append(node) }
        while order.count > Self.capacity { kept[order.removeFirst()] = nil }
    }

    /// A cache holds nothing a screen shows that the panes themselves do not: every cache is
    /// equal, so two screens compare by what they show.
    static func == (a: PaneCache, b: PaneCache) -> Bool { true }
}
