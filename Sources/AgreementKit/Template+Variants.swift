/// A template in the language of the session that makes an agreement from it: section 1, the
/// checklist's tasks and the goal areas' texts. Service area names stay as written, since
/// agreements are matched to them.
extension Template {
    /// Every place a variant may name, with its original text: `about.purpose`, `.parties`,
    /// `.values`, `.scope`, `about.leaderAssessmentBasis.<n>` (from 1), `<task id>.task`,
    /// `<goal area id>.title`, `<sub-goal id>.title`, `<row id>.resultGoal`, `.target`,
    /// `.indicator`, `<measure or support id>.text`.
    public var variantPlaces: [String: String] {
        var places = ["about.purpose": about.purpose, "about.parties": about.parties, "about.values": about.values, "about.scope": about.scope]
        for (n, basis) in about.leaderAssessmentBasis.enumerated() { places["about.leaderAssessmentBasis.\(n + 1)"] = basis }
        for task in checklist { places[TextVariants.place(task.id, "task")] = task.task }
        for area in commonGoalAreas + serviceAreas.flatMap(\.goalAreas) {
            places[TextVariants.place(area.id, "title")] = area.title
            for sub in area.subGoals { places[TextVariants.place(sub.id, "title")] = sub.title }
            for row in area.rows {
                places[TextVariants.place(row.id, "resultGoal")] = row.resultGoal
                places[TextVariants.place(row.id, "target")] = row.target
                places[TextVariants.place(row.id, "indicator")] = row.indicator
                for measure in row.measures { places[TextVariants.place(measure.id, "text")] = measure.text }
                for support in row.support { places[TextVariants.place(support.id, "text")] = support.text }
            }
        }
        return places
    }

    /// The template with the texts of `language`'s variants where it has them, the original
    /// elsewhere; unchanged for nil or a language without variants.
    public func inLanguage(_ language: String?) -> Template {
        guard let language, !(variants.texts[language]?.isEmpty ?? true) else { return self }
        func text(_ original: String, _ place: String) -> String { variants.text(original, at: place, in: language) }
        var template = self
        template.about.purpose = text(about.purpose, "about.purpose")
        template.about.parties = text(about.parties, "about.parties")
        template.about.values = text(about.values, "about.values")
        template.about.scope = text(about.scope, "about.scope")
        template.about.leaderAssessmentBasis = about.leaderAssessmentBasis.enumerated().map { text($1, "about.leaderAssessmentBasis.\($0 + 1)") }
        template.checklist = checklist.map { TemplateTask(id: $0.id, task: text($0.task, TextVariants.place($0.id, "task"))) }
        func area(_ area: TemplateGoalArea) -> TemplateGoalArea {
            var area = area
            area.title = text(area.title, TextVariants.place(area.id, "title"))
            area.subGoals = area.subGoals.map { SubGoal(id: $0.id, number: $0.number, title: text($0.title, TextVariants.place($0.id, "title"))) }
            area.rows = area.rows.map { row in
                var row = row
                row.resultGoal = text(row.resultGoal, TextVariants.place(row.id, "resultGoal"))
                row.target = text(row.target, TextVariants.place(row.id, "target"))
                row.indicator = text(row.indicator, TextVariants.place(row.id, "indicator"))
                row.measures = row.measures.map { var m = $0; m.text = text(m.text, TextVariants.place(m.id, "text")); return m }
                row.support = row.support.map { var s = $0; s.text = text(s.text, TextVariants.place(s.id, "text")); return s }
                return row
            }
            return area
        }
        template.commonGoalAreas = commonGoalAreas.map(area)
        template.serviceAreas = serviceAreas.map { TemplateServiceArea(name: $0.name, goalAreas: $0.goalAreas.map(area)) }
        return template
    }
}
