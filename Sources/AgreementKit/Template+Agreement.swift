/// A template made from an agreement: the municipal parts only.
extension Template {
    /// The municipal parts of an agreement as a template: section 1, the checklist's tasks, the
    /// common goal areas and (when the agreement names its service area) the service area's,
    /// each with its result goals, indicators, support and the headings and instructions among
    /// the measures. The unit's targets, measures, log and ratings stay behind. Ids are kept, so
    /// the agreement itself counts as made from the template.
    public init(name: String, from agreement: Agreement) {
        func area(_ area: GoalArea) -> TemplateGoalArea {
            TemplateGoalArea(id: area.id, number: area.number, title: area.title, subGoals: area.subGoals, rows: area.rows.map { row in
                TemplateRow(id: row.id, resultGoal: row.resultGoal, indicator: row.indicator,
                            measures: row.measures.filter { $0.kind == .heading || $0.kind == .instruction }.map { Measure(id: $0.id, text: $0.text, kind: $0.kind) },
                            support: row.support.map { SupportItem(id: $0.id, text: $0.text, kind: $0.kind) })
            })
        }
        let serviceArea = agreement.header.serviceArea.trimmingCharacters(in: .whitespaces)
        self.init(name: name, municipality: agreement.header.municipality, year: agreement.header.year, about: agreement.about,
                  checklist: agreement.checklist.map { TemplateTask(id: $0.id, task: $0.task) },
                  commonGoalAreas: agreement.goalAreas(in: .common).map(area),
                  serviceAreas: serviceArea.isEmpty ? [] : [TemplateServiceArea(name: serviceArea, goalAreas: agreement.goalAreas(in: .serviceArea).map(area))])
    }
}
