/// Reading and writing single fields by `FieldRef`: the one place that knows where each lives.
extension Agreement {
    /// The field's text (ratings and marks as their raw values, "" when unset); nil if the item is gone.
    public func value(of field: FieldRef) -> String? {
        switch field {
        case .header(let f):
            switch f {
            case .municipality: return header.municipality
            case .unit: return header.unit
            case .serviceArea: return header.serviceArea
            case .leader: return header.leader
            case .director: return header.director
            case .contactPerson: return header.contactPerson
            }
        case .about(let f):
            switch f {
            case .purpose: return about.purpose
            case .parties: return about.parties
            case .values: return about.values
            case .scope: return about.scope
            case .leaderAssessmentBasis: return about.leaderAssessmentBasis.joined(separator: "\n")
            }
        case .checklistTask(let id): return checklist.first { $0.id == id }?.task
        case .checklistStatus(let id): return checklist.first { $0.id == id }.map { $0.status?.rawValue ?? "" }
        case .checklistComment(let id): return checklist.first { $0.id == id }?.comment
        case .goalAreaNumber(let id): return goalArea(id)?.number
        case .goalAreaTitle(let id): return goalArea(id)?.title
        case .subGoalNumber(let id): return subGoal(id)?.number
        case .subGoalTitle(let id): return subGoal(id)?.title
        case .midYearNote(let id): return goalArea(id)?.midYearNote
        case .measuresRating(let id): return goalArea(id).map { $0.assessment.measuresRating?.rawValue ?? "" }
        case .attainmentRating(let id): return goalArea(id).map { $0.assessment.attainmentRating?.rawValue ?? "" }
        case .leaderComment(let id): return goalArea(id)?.assessment.leaderComment
        case .contactComment(let id): return goalArea(id)?.assessment.contactComment
        case .resultGoal(let id): return row(id)?.resultGoal
        case .targetNumber(let id): return row(id)?.targetNumber
        case .target(let id): return row(id)?.target
        case .indicator(let id): return row(id)?.indicator
        case .measure(let id): return allRows.lazy.compactMap { $0.measures.first { $0.id == id } }.first?.text
        case .support(let id): return allRows.lazy.compactMap { $0.support.first { $0.id == id } }.first?.text
        case .logText(let id): return logEntry(id)?.text
        case .logDate(let id): return logEntry(id)?.date.iso
        case .conditionsDescription: return conditions.leaderDescription
        case .conditionsContactComment: return conditions.contactComment
        case .personalGoal(let id): return personalGoals.first { $0.id == id }?.text
        case .planLinks(let id): return row(id).map { PlanLink.text($0.planLinks) }
        }
    }

    /// Sets a field. Returns why not when the value is invalid (a date, a rating) or the item is gone.
    public mutating func set(_ field: FieldRef, to value: String) -> FieldError? {
        switch field {
        case .header(let f):
            switch f {
            case .municipality: header.municipality = value
            case .unit: header.unit = value
            case .serviceArea: header.serviceArea = value
            case .leader: header.leader = value
            case .director: header.director = value
            case .contactPerson: header.contactPerson = value
            }
            return nil
        case .about(let f):
            switch f {
            case .purpose: about.purpose = value
            case .parties: about.parties = value
            case .values: about.values = value
            case .scope: about.scope = value
            case .leaderAssessmentBasis:
                about.leaderAssessmentBasis = value.split(separator: "\n").map { String($0) }.filter { !$0.isBlank }
            }
            return nil
        case .checklistTask(let id): return updateChecklist(id) { $0.task = value }
        case .checklistComment(let id): return updateChecklist(id) { $0.comment = value }
        case .checklistStatus(let id):
            guard value.isEmpty || ChecklistStatus(rawValue: value) != nil else { return .unknownMark(value) }
            return updateChecklist(id) { $0.status = ChecklistStatus(rawValue: value) }
        case .goalAreaNumber(let id): return updateGoalArea(id) { $0.number = value }
        case .goalAreaTitle(let id): return updateGoalArea(id) { $0.title = value }
        case .subGoalNumber(let id): return updateSubGoal(id) { $0.number = value }
        case .subGoalTitle(let id): return updateSubGoal(id) { $0.title = value }
        case .midYearNote(let id): return updateGoalArea(id) { $0.midYearNote = value }
        case .measuresRating(let id):
            guard value.isEmpty || Rating(rawValue: value) != nil else { return .unknownRating(value) }
            return updateGoalArea(id) { $0.assessment.measuresRating = Rating(rawValue: value) }
        case .attainmentRating(let id):
            guard value.isEmpty || Rating(rawValue: value) != nil else { return .unknownRating(value) }
            return updateGoalArea(id) { $0.assessment.attainmentRating = Rating(rawValue: value) }
        case .leaderComment(let id): return updateGoalArea(id) { $0.assessment.leaderComment = value }
        case .contactComment(let id): return updateGoalArea(id) { $0.assessment.contactComment = value }
        case .resultGoal(let id): return updateRow(id) { $0.resultGoal = value }
        case .targetNumber(let id): return updateRow(id) { $0.targetNumber = value }
        case .target(let id): return updateRow(id) { $0.target = value }
        case .indicator(let id): return updateRow(id) { $0.indicator = value }
        case .measure(let id):
            return updateRow(containing: { $0.measures.contains { $0.id == id } }) { row in
                if let i = row.measures.firstIndex(where: { $0.id == id }) { row.measures[i].text = value }
            }
        case .support(let id):
            return updateRow(containing: { $0.support.contains { $0.id == id } }) { row in
                if let i = row.support.firstIndex(where: { $0.id == id }) { row.support[i].text = value }
            }
        case .logText(let id):
            return updateRow(containing: { $0.log.contains { $0.id == id } }) { row in
                if let i = row.log.firstIndex(where: { $0.id == id }) { row.log[i].text = value }
            }
        case .logDate(let id):
            guard let date = LocalDate(userInput: value, defaultYear: header.year) else {
                return .notADate(value, year: header.year)
            }
            return updateRow(containing: { $0.log.contains { $0.id == id } }) { row in
                if let i = row.log.firstIndex(where: { $0.id == id }) { row.log[i].date = date }
            }
        case .conditionsDescription:
            conditions.leaderDescription = value
            return nil
        case .conditionsContactComment:
            conditions.contactComment = value
            return nil
        case .personalGoal(let id):
            guard let i = personalGoals.firstIndex(where: { $0.id == id }) else { return .missing }
            personalGoals[i].text = value
            return nil
        case .planLinks(let id):
            switch PlanLink.parse(value) {
            case .success(let links): return updateRow(id) { $0.planLinks = links }
            case .failure(let error): return error
            }
        }
    }

    /// The goal area with an id.
    public func goalArea(_ id: ItemID) -> GoalArea? { goalAreas.first { $0.id == id } }

    /// One of the several result goals of a goal area, by id.
    public func subGoal(_ id: ItemID) -> SubGoal? { goalAreas.lazy.compactMap { $0.subGoals.first { $0.id == id } }.first }

    /// The goal area holding a sub-goal.
    public func goalArea(ofSubGoal id: ItemID) -> GoalArea? { goalAreas.first { $0.subGoals.contains { $0.id == id } } }

    /// The row with an id.
    public func row(_ id: ItemID) -> GoalRow? { allRows.first { $0.id == id } }

    /// The log entry with an id.
    public func logEntry(_ id: ItemID) -> LogEntry? { allRows.lazy.compactMap { $0.log.first { $0.id == id } }.first }

    /// The goal area and row holding a row id.
    public func location(ofRow id: ItemID) -> (area: Int, row: Int)? {
        for (a, area) in goalAreas.enumerated() {
            if let r = area.rows.firstIndex(where: { $0.id == id }) { return (a, r) }
        }
        return nil
    }

    private mutating func updateChecklist(_ id: ItemID, _ change: (inout ChecklistItem) -> Void) -> FieldError? {
        guard let i = checklist.firstIndex(where: { $0.id == id }) else { return .missing }
        change(&checklist[i])
        return nil
    }

    private mutating func updateGoalArea(_ id: ItemID, _ change: (inout GoalArea) -> Void) -> FieldError? {
        guard let i = goalAreas.firstIndex(where: { $0.id == id }) else { return .missing }
        change(&goalAreas[i])
        return nil
    }

    private mutating func updateRow(_ id: ItemID, _ change: (inout GoalRow) -> Void) -> FieldError? {
        updateRow(containing: { $0.id == id }, change)
    }

    private mutating func updateSubGoal(_ id: ItemID, _ change: (inout SubGoal) -> Void) -> FieldError? {
        for a in goalAreas.indices {
            if let s = goalAreas[a].subGoals.firstIndex(where: { $0.id == id }) {
                change(&goalAreas[a].subGoals[s])
                return nil
            }
        }
        return .missing
    }

    mutating func updateRow(containing predicate: (GoalRow) -> Bool, _ change: (inout GoalRow) -> Void) -> FieldError? {
        for a in goalAreas.indices {
            if let r = goalAreas[a].rows.firstIndex(where: predicate) {
                change(&goalAreas[a].rows[r])
                return nil
            }
        }
        return .missing
    }
}

/// Why a field could not be set.
public enum FieldError: Error, Equatable, Sendable {
    /// The item was deleted meanwhile.
    case missing
    /// A checklist mark that is not one of the form's.
    case unknownMark(String)
    /// A rating that is not one of the form's three.
    case unknownRating(String)
    /// Text that is not a date; the agreement's year for the example.
    case notADate(String, year: Int)
    /// An amendment without a reason.
    case reasonMissing
    /// An entry of a plan-link list that is not `plan/code`.
    case notAPlanLink(String)
}
