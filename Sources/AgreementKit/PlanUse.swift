/// A goal row that links to an action plan, as the store's index keeps it: enough to name the
/// row in the plan view without reading the agreement.
public struct PlanUse: Equatable, Sendable, Codable {
    public var rowID: ItemID
    /// "2.2 1a/1b. Økt læringsutbytte …", the goal area as the form names it.
    public var area: String
    public var targetNumber: String
    /// The first words of the target when there is no target number.
    public var excerpt: String
    public var links: [PlanLink]

    public init(rowID: ItemID, area: String, targetNumber: String, excerpt: String, links: [PlanLink]) {
        self.rowID = rowID
        self.area = area
        self.targetNumber = targetNumber
        self.excerpt = excerpt
        self.links = links
    }

    /// The row as the catalogue names rows.
    public var name: RowName { RowName(area: area, targetNumber: targetNumber, excerpt: excerpt) }
}

extension Agreement {
    /// Every row that links to an action plan, in form order.
    public var planUses: [PlanUse] {
        goalAreas.flatMap { area in
            area.rows.filter { !$0.planLinks.isEmpty }.map { row in
                let name = RowName(row, in: area)
                return PlanUse(rowID: row.id, area: name.area, targetNumber: name.targetNumber, excerpt: name.excerpt, links: row.planLinks)
            }
        }
    }
}
