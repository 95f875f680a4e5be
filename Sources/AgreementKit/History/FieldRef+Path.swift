/// Fields and their paths in the file: a field's history is the changes at its path, and a
/// change or a conflict at a path is shown on its field.
extension FieldRef {
    /// The field at a path, if the path names one the interface edits.
    public init?(path: ChangePath) {
        let c = path.components
        switch c.count {
        case 2 where c[0] == "header":
            guard let field = HeaderField(rawValue: c[1]) else { return nil }
            self = .header(field)
        case 2 where c[0] == "about":
            guard let field = AboutField(rawValue: c[1]) else { return nil }
            self = .about(field)
        case 2 where c[0] == "conditions":
            switch c[1] {
            case "leaderDescription": self = .conditionsDescription
            case "contactComment": self = .conditionsContactComment
            default: return nil
            }
        case 3 where c[0] == "checklist":
            let id = ItemID(c[1])
            switch c[2] {
            case "task": self = .checklistTask(id)
            case "status": self = .checklistStatus(id)
            case "comment": self = .checklistComment(id)
            default: return nil
            }
        case 3 where c[0] == "personalGoals" && c[2] == "text":
            self = .personalGoal(ItemID(c[1]))
        case 3 where c[0] == "goalAreas":
            let id = ItemID(c[1])
            switch c[2] {
            case "number": self = .goalAreaNumber(id)
            case "title": self = .goalAreaTitle(id)
            case "midYearNote": self = .midYearNote(id)
            default: return nil
            }
        case 4 where c[0] == "goalAreas" && c[2] == "assessment":
            let id = ItemID(c[1])
            switch c[3] {
            case "measuresRating": self = .measuresRating(id)
            case "attainmentRating": self = .attainmentRating(id)
            case "leaderComment": self = .leaderComment(id)
            case "contactComment": self = .contactComment(id)
            default: return nil
            }
        case 5 where c[0] == "goalAreas" && c[2] == "rows":
            let id = ItemID(c[3])
            switch c[4] {
            case "resultGoal": self = .resultGoal(id)
            case "targetNumber": self = .targetNumber(id)
            case "target": self = .target(id)
            case "indicator": self = .indicator(id)
            case "planLinks": self = .planLinks(id)
            default: return nil
            }
        case 5 where c[0] == "goalAreas" && c[2] == "subGoals":
            let id = ItemID(c[3])
            switch c[4] {
            case "number": self = .subGoalNumber(id)
            case "title": self = .subGoalTitle(id)
            default: return nil
            }
        case 7 where c[0] == "goalAreas" && c[2] == "rows":
            let id = ItemID(c[5])
            switch (c[4], c[6]) {
            case ("measures", "text"): self = .measure(id)
            case ("support", "text"): self = .support(id)
            case ("log", "text"): self = .logText(id)
            case ("log", "date"): self = .logDate(id)
            default: return nil
            }
        default:
            return nil
        }
    }

    /// The field's path in an agreement (the goal area and row found by id); nil when its item is gone.
    public func path(in agreement: Agreement) -> ChangePath? {
        func area(_ id: ItemID, _ rest: [String]) -> ChangePath? {
            agreement.goalArea(id) == nil ? nil : ChangePath(["goalAreas", id.rawValue] + rest)
        }
        func row(_ id: ItemID, _ rest: [String]) -> ChangePath? {
            guard let (a, _) = agreement.location(ofRow: id) else { return nil }
            return ChangePath(["goalAreas", agreement.goalAreas[a].id.rawValue, "rows", id.rawValue] + rest)
        }
        func subGoal(_ id: ItemID, _ field: String) -> ChangePath? {
            agreement.goalArea(ofSubGoal: id).map { ChangePath(["goalAreas", $0.id.rawValue, "subGoals", id.rawValue, field]) }
        }
        func item(_ id: ItemID, _ list: String, _ field: String) -> ChangePath? {
            for a in agreement.goalAreas {
                for r in a.rows {
                    let ids: [ItemID]
                    switch list {
                    case "measures": ids = r.measures.map(\.id)
                    case "support": ids = r.support.map(\.id)
                    default: ids = r.log.map(\.id)
                    }
                    if ids.contains(id) { return ChangePath(["goalAreas", a.id.rawValue, "rows", r.id.rawValue, list, id.rawValue, field]) }
                }
            }
            return nil
        }
        switch self {
        case .header(let f): return ChangePath(["header", f.rawValue])
        case .about(let f): return ChangePath(["about", f.rawValue])
        case .conditionsDescription: return ChangePath(["conditions", "leaderDescription"])
        case .conditionsContactComment: return ChangePath(["conditions", "contactComment"])
        case .checklistTask(let id): return ChangePath(["checklist", id.rawValue, "task"])
        case .checklistStatus(let id): return ChangePath(["checklist", id.rawValue, "status"])
        case .checklistComment(let id): return ChangePath(["checklist", id.rawValue, "comment"])
        case .personalGoal(let id): return ChangePath(["personalGoals", id.rawValue, "text"])
        case .goalAreaNumber(let id): return area(id, ["number"])
        case .goalAreaTitle(let id): return area(id, ["title"])
        case .subGoalNumber(let id): return subGoal(id, "number")
        case .subGoalTitle(let id): return subGoal(id, "title")
        case .midYearNote(let id): return area(id, ["midYearNote"])
        case .measuresRating(let id): return area(id, ["assessment", "measuresRating"])
        case .attainmentRating(let id): return area(id, ["assessment", "attainmentRating"])
        case .leaderComment(let id): return area(id, ["assessment", "leaderComment"])
        case .contactComment(let id): return area(id, ["assessment", "contactComment"])
        case .resultGoal(let id): return row(id, ["resultGoal"])
        case .targetNumber(let id): return row(id, ["targetNumber"])
        case .target(let id): return row(id, ["target"])
        case .indicator(let id): return row(id, ["indicator"])
        case .planLinks(let id): return row(id, ["planLinks"])
        case .measure(let id): return item(id, "measures", "text")
        case .support(let id): return item(id, "support", "text")
        case .logText(let id): return item(id, "log", "text")
        case .logDate(let id): return item(id, "log", "date")
        }
    }
}

extension FieldKind {
    /// The kind of field (or of item, for a path that ends at an item) a path lies in; nil for
    /// the agreement's own records and keys the phase rules do not cover.
    public init?(path: ChangePath) {
        if let field = FieldRef(path: path) {
            self = field.kind
            return
        }
        let c = path.components
        switch c.first {
        case "header": self = .header
        case "about": self = .aboutText
        case "personalGoals": self = .personalGoal
        case "checklist" where c.count == 2: self = .checklistTask
        case "goalAreas" where c.count == 2 || (c.count == 3 && c[2] == "section"): self = .goalAreaTitle
        case "goalAreas" where c.count == 4 && c[2] == "rows": self = .target
        case "goalAreas" where c.count >= 6 && c[2] == "rows":
            switch c[4] {
            case "measures": self = .measure
            case "support": self = .support
            case "log": self = .logEntry
            default: return nil
            }
        default: return nil
        }
    }
}
