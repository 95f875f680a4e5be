/// Starting an agreement: a new one from the municipality's template.
extension Agreement {
    /// A new agreement in Inngåelse for a unit's year: section 1, the checklist, the common goal
    /// areas and the service area's goal areas from `template` (with its ids), or empty parts
    /// without one. The unit's own goals, measures and log come later.
    public static func new(id: String, header: AgreementHeader, template: Template?) -> Agreement {
        var agreement = Agreement(id: id, header: header, phase: .agreement)
        guard let template else { return agreement }
        agreement.about = template.about
        agreement.checklist = template.checklist.map { ChecklistItem(id: $0.id, task: $0.task) }
        agreement.goalAreas = template.commonGoalAreas.map { $0.goalArea(in: .common) }
            + template.goalAreas(forServiceArea: header.serviceArea).map { $0.goalArea(in: .serviceArea) }
        agreement.template = TemplateLink(template, serviceArea: header.serviceArea)
        return agreement
    }
}

extension Agreement {
    /// Gives the unit a new name, and the agreement the id that goes with it. An agreement that
    /// may no longer change freely (signed, or past Inngåelse) records it as an amendment, with
    /// `label` naming the field; a closed one is changed only in name and id, the record kept.
    public mutating func renameUnit(to name: String, reason: String, date: LocalDate, party: Party, person: String, id amendmentID: ItemID, label: String) {
        let old = header.unit
        guard old != name else { return }
        header.unit = name
        if changesNeedAmendment {
            recordAmendment(what: label, oldValue: old, newValue: name, reason: reason, date: date, party: party, id: amendmentID, person: person)
        }
        id = Slug.make(unit: name, year: header.year)
    }
}
