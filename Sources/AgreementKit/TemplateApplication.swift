/// What applying a template to an agreement did: the agreement after it, each change, and the
/// municipal texts the unit has made its own (left as they are). The unit's own goals,
/// measures, log and ratings are never touched; nothing is removed.
public struct TemplateApplication: Equatable, Sendable {
    /// One change to the agreement.
    public enum Change: Equatable, Sendable {
        /// A goal area, row, measure, support entry or checklist task the agreement lacked.
        case added(ItemRef)
        /// A municipal text the unit had not changed, updated to the template's.
        case updated(FieldRef, old: String, new: String)
    }

    public var agreement: Agreement
    public var changes: [Change]
    /// Municipal texts the unit has changed (or that were not the template's to begin with): kept.
    public var kept: [FieldRef]
    /// True when the changes were recorded as amendments (a signed agreement, or one past Inngåelse).
    public var amended: Bool
}

/// How the changes of an applied template are recorded in an agreement that may no longer
/// change freely: as amendments, dated, by whom, with the template's name as the reason.
public struct TemplateAmendment {
    public var date: LocalDate
    public var party: Party
    public var person: String
    /// Ids for the amendment records.
    public var newID: () -> ItemID
    /// The words of a change's record: the field, the old and the new value (the caller words them).
    public var describe: (TemplateApplication.Change, Agreement) -> (field: String, old: String, new: String)

    public init(date: LocalDate, party: Party, person: String, newID: @escaping () -> ItemID,
                describe: @escaping (TemplateApplication.Change, Agreement) -> (field: String, old: String, new: String)) {
        self.date = date
        self.party = party
        self.person = person
        self.newID = newID
        self.describe = describe
    }
}

extension Agreement {
    /// True when a change to the agreement's blue parts must be an amendment: it is signed, or
    /// past Inngåelse.
    public var changesNeedAmendment: Bool { phase > .agreement || !signOffs.isEmpty }
}

extension Template {
    /// Pushes the template into an agreement of its municipality and year: adds missing goal
    /// areas, rows, measures, support and checklist tasks (each after the template's item before
    /// it), and updates municipal texts the unit has not changed since the template gave them.
    /// When the agreement needs amendments for changes, each change is recorded as one through
    /// `amendment`. The caller checks municipality, year and phase (a closed agreement is never changed).
    public func apply(to original: Agreement, amendment: TemplateAmendment) -> TemplateApplication {
        var a = original
        var changes: [TemplateApplication.Change] = []
        var kept: [FieldRef] = []
        var prints = original.template?.fingerprints ?? [:]
        let link = original.template ?? TemplateLink(name: name)
        let serviceAreaAreas = goalAreas(forServiceArea: a.header.serviceArea)

        // Additions first, so that their texts count as given below.
        var added = Set<ItemID>()
        for (section, areas) in [(GoalSection.common, commonGoalAreas), (.serviceArea, serviceAreaAreas)] {
            for (i, area) in areas.enumerated() {
                if a.goalArea(area.id) == nil {
                    if a.goalAreas.contains(where: { $0.section == section && Self.same($0.title, area.title) && !area.title.isEmpty }) { continue }
                    let after = areas[..<i].last { a.goalArea($0.id) != nil }?.id
                    a.insertGoalArea(area.goalArea(in: section), after: after)
                    changes.append(.added(.goalArea(area.id)))
                    added.insert(area.id)
                    continue
                }
                for (r, row) in area.rows.enumerated() where a.row(row.id) == nil {
                    let after = area.rows[..<r].last { a.row($0.id) != nil }?.id
                    a.insertRow(row.row, in: area.id, after: after)
                    changes.append(.added(.row(row.id)))
                    added.insert(row.id)
                }
                for row in area.rows where !added.contains(row.id) {
                    for (m, measure) in row.measures.enumerated() where a.value(of: .measure(measure.id)) == nil {
                        let after = row.measures[..<m].last { a.value(of: .measure($0.id)) != nil }?.id
                        a.insertMeasure(Measure(id: measure.id, text: measure.text, kind: measure.kind), in: row.id, after: after)
                        changes.append(.added(.measure(measure.id)))
                    }
                    for (s, support) in row.support.enumerated() where a.value(of: .support(support.id)) == nil {
                        let after = row.support[..<s].last { a.value(of: .support($0.id)) != nil }?.id
                        a.insertSupport(SupportItem(id: support.id, text: support.text, kind: support.kind), in: row.id, after: after)
                        changes.append(.added(.support(support.id)))
                    }
                }
            }
        }
        for (t, task) in checklist.enumerated() where !a.checklist.contains(where: { $0.id == task.id || Self.same($0.task, task.task) }) {
            let after = checklist[..<t].last { previous in a.checklist.contains { $0.id == previous.id } }?.id
            a.addChecklistItem(ChecklistItem(id: task.id, task: task.task), after: after ?? a.checklist.last?.id)
            changes.append(.added(.checklistItem(task.id)))
        }

        // Then the texts: the template's where the unit has not changed what it was given.
        for place in places(serviceArea: a.header.serviceArea) {
            guard let current = a.value(of: place.field), let key = TemplateLink.key(place.field) else { continue }
            if current == place.text {
                prints[key] = Fingerprint.of(place.text)
            } else if link.isAsGiven(place.field, text: current) {
                _ = a.set(place.field, to: place.text)
                prints[key] = Fingerprint.of(place.text)
                changes.append(.updated(place.field, old: current, new: place.text))
            } else {
                kept.append(place.field)
            }
        }
        let amended = !changes.isEmpty && original.changesNeedAmendment
        if amended {
            let before = a
            for change in changes {
                let words = amendment.describe(change, before)
                a.recordAmendment(what: words.field, oldValue: words.old, newValue: words.new, reason: name, date: amendment.date,
                                  party: amendment.party, id: amendment.newID(), person: amendment.person)
            }
        }
        if !changes.isEmpty { a.template = TemplateLink(name: name, fingerprints: prints) }
        return TemplateApplication(agreement: changes.isEmpty ? original : a, changes: changes, kept: kept, amended: amended)
    }

    /// Two texts the same but for case and surrounding white space.
    static func same(_ a: String, _ b: String) -> Bool {
        a.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() == b.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}
