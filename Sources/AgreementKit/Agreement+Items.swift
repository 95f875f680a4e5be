/// Adding, deleting and moving items. Ids never change; display numbers are left to the user.
extension Agreement {
    /// A short text naming the item, for questions like "Slette tiltaket «…»?"; a log entry's
    /// date is written by `date` (the user's language).
    public func summary(of item: ItemRef, date: (LocalDate) -> String = \.display) -> String? {
        switch item {
        case .goalArea(let id): return goalArea(id)?.label
        case .row(let id): return row(id).map { ($0.targetNumber.isEmpty ? "" : $0.targetNumber + " ") + ($0.target.isEmpty ? $0.resultGoal : $0.target) }
        case .measure(let id): return value(of: .measure(id))
        case .support(let id): return value(of: .support(id))
        case .logEntry(let id): return logEntry(id).map { "\(date($0.date)) \($0.text)" }
        case .checklistItem(let id): return checklist.first { $0.id == id }?.task
        case .personalGoal(let id): return personalGoals.first { $0.id == id }?.text
        case .indicator(let id): return indicator(id)?.name
        case .indicatorValue(let id, let kind, let period):
            guard let indicator = indicator(id), let value = indicator.value(kind, for: period) else { return nil }
            return "\(indicator.name) \(period.id): \(IndicatorNumber.format(value.value))"
        }
    }

    /// Removes an item; log entries that pointed at a deleted measure keep their text and lose the link.
    @discardableResult
    public mutating func delete(_ item: ItemRef) -> Bool {
        switch item {
        case .goalArea(let id):
            guard let i = goalAreas.firstIndex(where: { $0.id == id }) else { return false }
            goalAreas.remove(at: i)
        case .row(let id):
            guard let (a, r) = location(ofRow: id) else { return false }
            goalAreas[a].rows.remove(at: r)
        case .measure(let id):
            return updateRow(containing: { $0.measures.contains { $0.id == id } }) { row in
                row.measures.removeAll { $0.id == id }
                for l in row.log.indices where row.log[l].measureID == id { row.log[l].measureID = nil }
            } == nil
        case .support(let id):
            return updateRow(containing: { $0.support.contains { $0.id == id } }) { $0.support.removeAll { $0.id == id } } == nil
        case .logEntry(let id):
            return updateRow(containing: { $0.log.contains { $0.id == id } }) { $0.log.removeAll { $0.id == id } } == nil
        case .checklistItem(let id):
            guard checklist.contains(where: { $0.id == id }) else { return false }
            checklist.removeAll { $0.id == id }
        case .personalGoal(let id):
            guard personalGoals.contains(where: { $0.id == id }) else { return false }
            personalGoals.removeAll { $0.id == id }
        case .indicator(let id):
            return updateRow(containing: { $0.indicators.contains { $0.id == id } }) { $0.indicators.removeAll { $0.id == id } } == nil
        case .indicatorValue(let id, let kind, let period):
            var removed = false
            _ = updateIndicator(id) { removed = $0.remove(kind, for: period) }
            return removed
        }
        return true
    }

    /// Moves an item one place up (-1) or down (+1) in its list; goal areas stay in their section.
    /// Returns false at the ends or when the item is gone.
    @discardableResult
    public mutating func move(_ item: ItemRef, by offset: Int) -> Bool {
        switch item {
        case .goalArea(let id):
            guard let i = goalAreas.firstIndex(where: { $0.id == id }) else { return false }
            let section = goalAreas[i].section
            let sameSection = goalAreas.indices.filter { goalAreas[$0].section == section }
            guard let k = sameSection.firstIndex(of: i), sameSection.indices.contains(k + offset) else { return false }
            goalAreas.swapAt(i, sameSection[k + offset])
            return true
        case .row(let id):
            guard let (a, r) = location(ofRow: id), goalAreas[a].rows.indices.contains(r + offset) else { return false }
            goalAreas[a].rows.swapAt(r, r + offset)
            return true
        case .measure(let id):
            return moveInRow(id, \.measures, by: offset)
        case .support(let id):
            return moveInRow(id, \.support, by: offset)
        case .logEntry:
            return false  // the log is ordered by date
        case .checklistItem(let id):
            guard let i = checklist.firstIndex(where: { $0.id == id }), checklist.indices.contains(i + offset) else { return false }
            checklist.swapAt(i, i + offset)
            return true
        case .personalGoal(let id):
            guard let i = personalGoals.firstIndex(where: { $0.id == id }), personalGoals.indices.contains(i + offset) else { return false }
            personalGoals.swapAt(i, i + offset)
            return true
        case .indicator(let id):
            return moveInRow(id, \.indicators, by: offset)
        case .indicatorValue:
            return false  // values are ordered by period
        }
    }

    private mutating func moveInRow<T: Identifiable>(_ id: ItemID, _ list: WritableKeyPath<GoalRow, [T]>, by offset: Int) -> Bool where T.ID == ItemID {
        for a in goalAreas.indices {
            for r in goalAreas[a].rows.indices {
                guard let i = goalAreas[a].rows[r][keyPath: list].firstIndex(where: { $0.id == id }) else { continue }
                guard goalAreas[a].rows[r][keyPath: list].indices.contains(i + offset) else { return false }
                goalAreas[a].rows[r][keyPath: list].swapAt(i, i + offset)
                return true
            }
        }
        return false
    }

    /// Adds a new goal area to a section, after `after` (or last in the section). Returns its id.
    @discardableResult
    public mutating func addGoalArea(_ area: GoalArea, after: ItemID? = nil) -> ItemID {
        let index: Int
        if let after, let i = goalAreas.firstIndex(where: { $0.id == after }) {
            index = i + 1
        } else if let last = goalAreas.lastIndex(where: { $0.section == area.section }) {
            index = last + 1
        } else {
            let order = GoalSection.allCases
            let sectionIndex = order.firstIndex(of: area.section) ?? order.count
            index = goalAreas.firstIndex { (order.firstIndex(of: $0.section) ?? 0) > sectionIndex } ?? goalAreas.count
        }
        goalAreas.insert(area, at: index)
        return area.id
    }

    /// Adds a row to a goal area, after `after` (or last).
    @discardableResult
    public mutating func addRow(_ row: GoalRow, to area: ItemID, after: ItemID? = nil) -> Bool {
        guard let a = goalAreas.firstIndex(where: { $0.id == area }) else { return false }
        let index = after.flatMap { id in goalAreas[a].rows.firstIndex { $0.id == id } }.map { $0 + 1 } ?? goalAreas[a].rows.count
        goalAreas[a].rows.insert(row, at: index)
        return true
    }

    /// Adds a measure to a row, after `after` (or last).
    @discardableResult
    public mutating func addMeasure(_ measure: Measure, to row: ItemID, after: ItemID? = nil) -> Bool {
        updateRow(row) { r in
            let index = after.flatMap { id in r.measures.firstIndex { $0.id == id } }.map { $0 + 1 } ?? r.measures.count
            r.measures.insert(measure, at: index)
        } == nil
    }

    /// Adds a support item to a row, after `after` (or last).
    @discardableResult
    public mutating func addSupport(_ support: SupportItem, to row: ItemID, after: ItemID? = nil) -> Bool {
        updateRow(row) { r in
            let index = after.flatMap { id in r.support.firstIndex { $0.id == id } }.map { $0 + 1 } ?? r.support.count
            r.support.insert(support, at: index)
        } == nil
    }

    /// Adds a log entry to a row (the log is shown by date).
    @discardableResult
    public mutating func addLogEntry(_ entry: LogEntry, to row: ItemID) -> Bool {
        updateRow(row) { $0.log.append(entry) } == nil
    }

    /// Adds a checklist task, after `after` (or last).
    public mutating func addChecklistItem(_ item: ChecklistItem, after: ItemID? = nil) {
        let index = after.flatMap { id in checklist.firstIndex { $0.id == id } }.map { $0 + 1 } ?? checklist.count
        checklist.insert(item, at: index)
    }

    /// Marks a measure as carried out on `date`, or (nil) as not yet; headings, instructions and
    /// indicators are not measures and cannot be marked. Returns false when nothing was marked.
    @discardableResult
    public mutating func markMeasure(_ id: ItemID, done date: LocalDate?) -> Bool {
        var marked = false
        _ = updateRow(containing: { $0.measures.contains { $0.id == id } }) { row in
            guard let i = row.measures.firstIndex(where: { $0.id == id }), row.measures[i].isItem else { return }
            row.measures[i].done = date
            marked = true
        }
        return marked
    }

    /// Adds a personal development goal (section 4).
    public mutating func addPersonalGoal(_ goal: PersonalGoal) {
        personalGoals.append(goal)
    }

    private mutating func updateRow(_ id: ItemID, _ change: (inout GoalRow) -> Void) -> FieldError? {
        updateRow(containing: { $0.id == id }, change)
    }
}

/// Inserting items after a given sibling, or first when there is none: how a template's items
/// join an agreement in the template's order.
extension Agreement {
    /// Inserts a goal area after `after`, or first in its section.
    mutating func insertGoalArea(_ area: GoalArea, after: ItemID?) {
        if let after, let i = goalAreas.firstIndex(where: { $0.id == after }) {
            goalAreas.insert(area, at: i + 1)
        } else if let first = goalAreas.firstIndex(where: { $0.section == area.section }) {
            goalAreas.insert(area, at: first)
        } else {
            addGoalArea(area)
        }
    }

    /// Inserts a row into a goal area after `after`, or first.
    mutating func insertRow(_ row: GoalRow, in area: ItemID, after: ItemID?) {
        guard let a = goalAreas.firstIndex(where: { $0.id == area }) else { return }
        let index = after.flatMap { id in goalAreas[a].rows.firstIndex { $0.id == id } }.map { $0 + 1 } ?? 0
        goalAreas[a].rows.insert(row, at: index)
    }

    /// Inserts a measure into a row after `after`, or first.
    mutating func insertMeasure(_ measure: Measure, in row: ItemID, after: ItemID?) {
        _ = updateRow(containing: { $0.id == row }) { r in
            let index = after.flatMap { id in r.measures.firstIndex { $0.id == id } }.map { $0 + 1 } ?? 0
            r.measures.insert(measure, at: index)
        }
    }

    /// Inserts a support entry into a row after `after`, or first.
    mutating func insertSupport(_ support: SupportItem, in row: ItemID, after: ItemID?) {
        _ = updateRow(containing: { $0.id == row }) { r in
            let index = after.flatMap { id in r.support.firstIndex { $0.id == id } }.map { $0 + 1 } ?? 0
            r.support.insert(support, at: index)
        }
    }
}
