/// Where a change is, for people: the part of the form (goal area, row, checklist …), and the
/// field or the item it is on, when the interface knows them.
public struct ChangeLocation: Equatable, Sendable {
    public var place: FieldPlace
    /// The field changed, if the path names one the interface edits.
    public var field: FieldRef?
    /// The item added, removed or changed, if the path ends at one.
    public var item: ItemRef?
    /// The last key of the path, for what neither names (a record list, a key of a later schema).
    public var key: String
}

extension Agreement {
    /// Where a path lies in this agreement. Items that are gone are still placed by the goal
    /// area and row their path names, when those are still there.
    public func location(of path: ChangePath) -> ChangeLocation {
        let c = path.components
        let field = FieldRef(path: path)
        var item: ItemRef?
        var place: FieldPlace = .unknown
        func areaPlace(_ id: String) -> FieldPlace { goalArea(ItemID(id)).map { .goalArea(RowName($0)) } ?? .unknown }
        func rowPlace(_ areaID: String, _ rowID: String) -> FieldPlace {
            guard let area = goalArea(ItemID(areaID)) else { return .unknown }
            guard let row = area.rows.first(where: { $0.id.rawValue == rowID }) else { return .goalArea(RowName(area)) }
            return .row(RowName(row, in: area))
        }
        switch c.first {
        case "header", "about": place = .about
        case "conditions": place = .conditions
        case "personalGoals":
            place = .personalGoals
            if c.count >= 2 { item = .personalGoal(ItemID(c[1])) }
        case "checklist":
            if c.count >= 2 {
                item = .checklistItem(ItemID(c[1]))
                place = .checklist(task: checklist.first { $0.id.rawValue == c[1] }?.task ?? "")
            }
        case "goalAreas" where c.count >= 2:
            place = areaPlace(c[1])
            if c.count == 2 { item = .goalArea(ItemID(c[1])) }
            if c.count >= 4, c[2] == "rows" {
                place = rowPlace(c[1], c[3])
                if c.count == 4 { item = .row(ItemID(c[3])) }
                if c.count >= 6 {
                    let id = ItemID(c[5])
                    switch c[4] {
                    case "measures": item = .measure(id)
                    case "support": item = .support(id)
                    case "log": item = .logEntry(id)
                    default: break
                    }
                }
            }
        default:
            break
        }
        return ChangeLocation(place: place, field: field, item: item, key: c.last ?? "")
    }
}
