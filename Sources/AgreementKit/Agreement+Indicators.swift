/// Finding and changing measured indicators and plan links.
extension Agreement {
    /// The indicator with an id.
    public func indicator(_ id: ItemID) -> Indicator? {
        for area in goalAreas {
            for row in area.rows {
                if let found = row.indicators.first(where: { $0.id == id }) { return found }
            }
        }
        return nil
    }

    /// The row that carries an indicator.
    public func row(ofIndicator id: ItemID) -> GoalRow? {
        allRows.first { $0.indicators.contains { $0.id == id } }
    }

    /// The goal area and row that carry an indicator.
    public func place(ofIndicator id: ItemID) -> (area: GoalArea, row: GoalRow)? {
        for area in goalAreas {
            if let row = area.rows.first(where: { $0.indicators.contains { $0.id == id } }) { return (area, row) }
        }
        return nil
    }

    /// Every indicator with its goal area and row, in form order.
    public var allIndicators: [(area: GoalArea, row: GoalRow, indicator: Indicator)] {
        goalAreas.flatMap { area in area.rows.flatMap { row in row.indicators.map { (area, row, $0) } } }
    }

    /// Adds a measured indicator to a row, after `after` (or last).
    @discardableResult
    public mutating func addIndicator(_ indicator: Indicator, to row: ItemID, after: ItemID? = nil) -> Bool {
        updateRow(containing: { $0.id == row }) { r in
            let index = after.flatMap { id in r.indicators.firstIndex { $0.id == id } }.map { $0 + 1 } ?? r.indicators.count
            r.indicators.insert(indicator, at: index)
        } == nil
    }

    /// Changes an indicator in place; `.missing` when it is gone.
    @discardableResult
    public mutating func updateIndicator(_ id: ItemID, _ change: (inout Indicator) -> Void) -> FieldError? {
        updateRow(containing: { $0.indicators.contains { $0.id == id } }) { row in
            if let i = row.indicators.firstIndex(where: { $0.id == id }) { change(&row.indicators[i]) }
        }
    }

    /// Sets one value of an indicator (replacing the one for the same kind and period).
    @discardableResult
    public mutating func setIndicatorValue(_ id: ItemID, _ kind: IndicatorValueKind, _ value: IndicatorValue) -> FieldError? {
        updateIndicator(id) { $0.set(kind, value) }
    }

    /// Sets a row's plan links.
    @discardableResult
    public mutating func setPlanLinks(_ links: [PlanLink], on row: ItemID) -> FieldError? {
        updateRow(containing: { $0.id == row }) { $0.planLinks = links }
    }
}
