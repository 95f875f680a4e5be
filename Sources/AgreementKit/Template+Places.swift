/// The municipal texts of a template, each at the field of an agreement that holds it.
extension Template {
    /// Every municipal text the template gives an agreement of `serviceArea`, in form order,
    /// with the agreement field it goes into.
    public func places(serviceArea: String) -> [(field: FieldRef, text: String)] {
        var places: [(FieldRef, String)] = [
            (.about(.purpose), about.purpose), (.about(.parties), about.parties), (.about(.values), about.values),
            (.about(.scope), about.scope), (.about(.leaderAssessmentBasis), about.leaderAssessmentBasis.joined(separator: "\n")),
        ]
        places += checklist.map { (.checklistTask($0.id), $0.task) }
        for area in commonGoalAreas + goalAreas(forServiceArea: serviceArea) {
            places += area.places
        }
        return places
    }
}

extension TemplateGoalArea {
    /// The goal area's municipal texts with the fields that hold them.
    public var places: [(field: FieldRef, text: String)] {
        var places: [(FieldRef, String)] = [(.goalAreaNumber(id), number), (.goalAreaTitle(id), title)]
        for goal in subGoals { places += [(.subGoalNumber(goal.id), goal.number), (.subGoalTitle(goal.id), goal.title)] }
        for row in rows {
            places += [(.resultGoal(row.id), row.resultGoal), (.target(row.id), row.target), (.indicator(row.id), row.indicator)]
            places += row.measures.map { (.measure($0.id), $0.text) }
            places += row.support.map { (.support($0.id), $0.text) }
        }
        return places
    }
}

extension TemplateLink {
    /// The key a field's fingerprint is kept under: `resultGoal.<id>`, `about.purpose`.
    public static func key(_ field: FieldRef) -> String? {
        switch field {
        case .about(let f): "about.\(f.rawValue)"
        case .checklistTask(let id): "task.\(id)"
        case .goalAreaNumber(let id): "goalAreaNumber.\(id)"
        case .goalAreaTitle(let id): "goalAreaTitle.\(id)"
        case .subGoalNumber(let id): "subGoalNumber.\(id)"
        case .subGoalTitle(let id): "subGoalTitle.\(id)"
        case .resultGoal(let id): "resultGoal.\(id)"
        case .target(let id): "target.\(id)"
        case .indicator(let id): "indicator.\(id)"
        case .measure(let id): "measure.\(id)"
        case .support(let id): "support.\(id)"
        default: nil
        }
    }

    /// The link of an agreement whose municipal texts are all as `template` gives them.
    public init(_ template: Template, serviceArea: String) {
        var prints: [String: String] = [:]
        for place in template.places(serviceArea: serviceArea) {
            if let key = TemplateLink.key(place.field) { prints[key] = Fingerprint.of(place.text) }
        }
        self.init(name: template.name, fingerprints: prints)
    }

    /// True when the agreement's `text` at `field` is what the template last gave it.
    public func isAsGiven(_ field: FieldRef, text: String) -> Bool {
        guard let key = TemplateLink.key(field), let print = fingerprints[key] else { return false }
        return print == Fingerprint.of(text)
    }
}
