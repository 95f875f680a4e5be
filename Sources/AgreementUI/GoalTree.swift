import AgreementKit

/// The lines of the goals pane: the form's sections as a tree of goal areas and rows.
public struct GoalTree: Equatable, Sendable {
    /// What one line of the tree stands for.
    public enum Node: Equatable, Sendable {
        /// A heading such as "2.1 Felles resultatmål"; the cursor passes over it.
        case heading(String)
        case about
        case checklist
        case goalArea(Int)
        case row(area: Int, row: Int)
        /// The amendments made after Inngåelse, when there are any.
        case amendments
        case conditions
        case personalGoals

        public var isSelectable: Bool {
            if case .heading = self { return false }
            return true
        }
    }

    public let nodes: [Node]

    public init(_ agreement: Agreement) {
        var nodes: [Node] = [.heading("1 Om avtalen"), .about, .checklist]
        if !agreement.amendments.isEmpty { nodes.append(.amendments) }
        func add(_ section: GoalSection) {
            nodes.append(.heading("\(section.number) \(section.title)"))
            for (a, area) in agreement.goalAreas.enumerated() where area.section == section {
                nodes.append(.goalArea(a))
                for r in area.rows.indices { nodes.append(.row(area: a, row: r)) }
            }
        }
        add(.common)
        add(.serviceArea)
        nodes.append(.heading("3 Enhetens egne satsingsområder"))
        nodes.append(.conditions)
        add(.own)
        nodes.append(.heading("4 Personlige utviklingsmål"))
        nodes.append(.personalGoals)
        self.nodes = nodes
    }

    /// The line the app opens on: the first goal area of section 2.1 (else the first selectable line).
    public var initialIndex: Int {
        nodes.firstIndex { if case .goalArea = $0 { return true } else { return false } } ?? nextSelectable(from: 0, step: 1) ?? 0
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

    /// The line `distance` selectable lines away from `index`, stopping at the ends.
    public func move(from index: Int, by distance: Int) -> Int {
        let step = distance < 0 ? -1 : 1
        var current = index
        var remaining = abs(distance)
        while remaining > 0, let next = nextSelectable(from: current + step, step: step) {
            current = next
            remaining -= 1
        }
        return current
    }
}
