import AgreementKit

/// The lines of the goals pane: the form's sections as a tree of goal areas and rows, by id.
public struct GoalTree: Equatable, Sendable {
    /// A heading line; the cursor passes over it.
    public enum Heading: Equatable, Hashable, Sendable {
        /// "1 Om avtalen".
        case about
        case section(GoalSection)
        /// "3 Enhetens egne satsingsområder".
        case ownPriorities
        /// "4 Personlige utviklingsmål".
        case personal
    }

    /// What one line of the tree stands for.
    public enum Node: Equatable, Hashable, Sendable {
        case heading(Heading)
        case about
        case checklist
        /// The amendments made after Inngåelse, when there are any.
        case amendments
        case conditions
        case personalGoals
        case goalArea(ItemID)
        case row(area: ItemID, row: ItemID)

        public var isSelectable: Bool {
            if case .heading = self { return false }
            return true
        }
    }

    public let nodes: [Node]
    private let index: [Node: Int]

    public init(_ agreement: Agreement) {
        var nodes: [Node] = [.heading(.about), .about, .checklist]
        if !agreement.amendments.isEmpty { nodes.append(.amendments) }
        func add(_ section: GoalSection) {
            nodes.append(.heading(.section(section)))
            for area in agreement.goalAreas where area.section == section {
                nodes.append(.goalArea(area.id))
                for row in area.rows { nodes.append(.row(area: area.id, row: row.id)) }
            }
        }
        add(.common)
        add(.serviceArea)
        nodes.append(.heading(.ownPriorities))
        nodes.append(.conditions)
        add(.own)
        nodes.append(.heading(.personal))
        nodes.append(.personalGoals)
        self.nodes = nodes
        var index: [Node: Int] = [:]
        for (i, node) in nodes.enumerated() { index[node] = i }
        self.index = index
    }

    public static func == (lhs: GoalTree, rhs: GoalTree) -> Bool { lhs.nodes == rhs.nodes }

    /// Where a node stands, if it is in the tree.
    public func position(of node: Node) -> Int? { index[node] }

    /// The line the app opens on: the first goal area of section 2.1 (else the first selectable line).
    public var initialNode: Node {
        nodes.first { if case .goalArea = $0 { return true } else { return false } }
            ?? nextSelectable(from: 0, step: 1).map { nodes[$0] } ?? .about
    }

    /// The nearest selectable line from `index` in direction `step` (±1), including `index`.
    public func nextSelectable(from index: Int, step: Int) -> Int? {
        var i = index
        while nodes.indices.contains(i) {
            if nodes[i].isSelectable { return i }
            i += step
        }
        return nil
    }

    /// The node `distance` selectable lines away from `node`, stopping at the ends.
    public func move(from node: Node, by distance: Int) -> Node {
        guard var current = position(of: node) else { return node }
        let step = distance < 0 ? -1 : 1
        var remaining = abs(distance)
        while remaining > 0, let next = nextSelectable(from: current + step, step: step) {
            current = next
            remaining -= 1
        }
        return nodes[current]
    }

    /// Where the cursor goes when `node` is gone from this tree: the same node if it is still
    /// there; for a deleted row the row before it, else the row after, else its goal area; for a
    /// goal area the one before it in its section, else after; else the nearest line to where it was.
    public func survivor(of node: Node, in old: GoalTree) -> Node {
        if position(of: node) != nil { return node }
        guard let was = old.position(of: node) else { return initialNode }
        func sameKind(_ candidate: Node) -> Bool {
            switch (node, candidate) {
            case (.row(let a, _), .row(let b, _)): a == b
            case (.goalArea, .goalArea): true
            default: false
            }
        }
        let before = old.nodes[..<was].reversed().prefix { if case .heading = $0 { false } else { true } }
        let after = old.nodes[(was + 1)...].prefix { if case .heading = $0 { false } else { true } }
        for candidate in before where sameKind(candidate) && position(of: candidate) != nil { return candidate }
        for candidate in after where sameKind(candidate) && position(of: candidate) != nil { return candidate }
        if case .row(let area, _) = node, position(of: .goalArea(area)) != nil { return .goalArea(area) }
        let clamped = min(was, nodes.count - 1)
        let i = nextSelectable(from: clamped, step: -1) ?? nextSelectable(from: clamped, step: 1) ?? 0
        return nodes[i]
    }
}
