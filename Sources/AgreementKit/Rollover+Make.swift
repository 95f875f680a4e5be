/// Making next year's agreement from a rollover plan.
extension Rollover {
    /// Next year's agreement in Inngåelse: parties, section 1, checklist and section 3.1 carried
    /// (section 1 and the checklist from the template when there is one), the goal areas as the
    /// plan says. Carried rows, measures and indicators (with their series) get new ids and link
    /// to where they came from; the
    /// log stays with last year, except that a goal area whose attainment was «Mindre enn
    /// avtalen» starts its log with a note (`unmetNote`, worded by the caller) of its improvement
    /// plan, and the plan goes along. `newID` gives the new ids.
    public func make(unmetNote: (GoalArea, ImprovementPlan?) -> String, newID: () -> ItemID) -> Agreement {
        var header = source.header
        header.year = year
        var a = Agreement(id: id, header: header, phase: .agreement)
        a.carriedFrom = source.id
        if let template {
            a.about = template.about
            a.checklist = template.checklist.map { ChecklistItem(id: $0.id, task: $0.task) }
            a.template = TemplateLink(template, serviceArea: header.serviceArea)
        } else {
            a.about = source.about
            a.checklist = source.checklist.map { ChecklistItem(id: newID(), task: $0.task) }
        }
        a.conditions = UnitConditions(leaderDescription: source.conditions.leaderDescription)
        let start = LocalDate(year: year, month: 1, day: 1)
        for section in GoalSection.allCases {
            a.goalAreas += freshAreas.filter { $0.section == section }.map { $0.area.goalArea(in: section) }
            for plan in areas where plan.section == section && (plan.fate == .carried || plan.fate == .copied) {
                guard let old = source.goalArea(plan.id) else { continue }
                var area = carry(old, newID: newID)
                let improvement = source.improvementPlans.last { $0.goalAreaID == old.id }
                if plan.unmet, !area.rows.isEmpty, let start {
                    area.rows[0].log = [LogEntry(id: newID(), date: start, text: unmetNote(old, improvement))]
                }
                if let improvement {
                    a.improvementPlans.append(ImprovementPlan(id: newID(), goalAreaID: area.id, actions: improvement.actions,
                                                              followUpDates: improvement.followUpDates, created: improvement.created))
                }
                a.goalAreas.append(area)
            }
        }
        return a
    }

    /// A goal area as it goes into next year: new ids, links back, no log, no assessment.
    private func carry(_ old: GoalArea, newID: () -> ItemID) -> GoalArea {
        let rows = old.rows.map { row in
            GoalRow(id: newID(), resultGoal: row.resultGoal, targetNumber: row.targetNumber, target: row.target, indicator: row.indicator,
                    measures: Self.pruned(row.measures.filter { !$0.isItem || $0.done == nil }).map { measure in
                        Measure(id: newID(), text: measure.text, kind: measure.kind,
                                carriedFrom: measure.isItem ? ItemLink(agreement: source.id, item: measure.id) : nil)
                    },
                    support: row.support.map { SupportItem(id: newID(), text: $0.text, kind: $0.kind) },
                    indicators: row.indicators.map { Self.carried($0, id: newID()) },
                    carriedFrom: ItemLink(agreement: source.id, item: row.id))
        }
        return GoalArea(id: newID(), section: old.section, number: old.number, title: old.title,
                        subGoals: old.subGoals.map { SubGoal(id: newID(), number: $0.number, title: $0.title) },
                        rows: rows, carriedFrom: ItemLink(agreement: source.id, item: old.id))
    }

    /// A measured indicator as it goes into next year: a new id, and its whole series —
    /// baseline, targets, results and comparisons, each value with its own period — so the chart
    /// spans the years. The values are the one series moved on, never added to one already
    /// there, so carrying a row again (next year from next year's) never doubles a value.
    static func carried(_ indicator: Indicator, id: ItemID) -> Indicator {
        var carried = indicator
        carried.id = id
        return carried
    }

    /// The entries without headings left with nothing under them (their measures all done).
    static func pruned(_ entries: [Measure]) -> [Measure] {
        entries.enumerated().filter { i, entry in
            guard entry.kind == .heading else { return true }
            let next = entries.dropFirst(i + 1).first
            return next != nil && next?.kind != .heading
        }.map(\.element)
    }
}
