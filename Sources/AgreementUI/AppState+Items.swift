import AgreementKit

extension AppState {
    /// The row that adding a measure or log entry applies to: the selected row, or the only row of the selected goal area.
    var targetRow: GoalRow? {
        switch selection {
        case .row(_, let row): row
        case .goalArea(let area) where area.rows.count == 1: area.rows[0]
        default: nil
        }
    }

    /// Whether items of this kind may be added, deleted or moved now; sets the status line if not.
    /// With `amending`, a blue change after Inngåelse is allowed as an amendment.
    mutating func allowed(_ kind: FieldKind, amending: Bool = false) -> Bool {
        guard agreement != nil else { return false }
        let editability = editability(kind)
        if amending && editability == .needsAmendment { return true }
        if !editability.isAllowed {
            status = StatusMessage(refusal(editability), kind: .warning)
        }
        return editability.isAllowed
    }

    /// True when a change of this kind is an amendment now (blue, after Inngåelse).
    func isAmendment(_ kind: FieldKind) -> Bool {
        editability(kind) == .needsAmendment
    }

    /// Opens a form to create an item; after Inngåelse a blue item gets a reason field (amendment).
    mutating func openCreateForm(_ title: String, _ item: NewItem, kind: FieldKind, fields: [FormField], focused: Int = 0) {
        var form = EditForm(title: title, purpose: .create(item), fields: fields, focused: focused)
        if isAmendment(kind) {
            form.fields.append(FormField(label: "Begrunnelse for endringen (påkrevd)", colour: nil, text: "", multiline: true))
            form.lastFieldIsReason = true
            form.title = "Endring av avtalen: " + title
        }
        modal = .edit(form)
    }

    /// `l`: a new log entry dated today on the selected row, about the focused measure if any.
    mutating func beginLogEntry() {
        guard let row = targetRow else {
            status = StatusMessage("Velg en rad i målruten først (loggen hører til en rad)", kind: .warning)
            return
        }
        guard allowed(.logEntry) else { return }
        var measure: ItemID?
        if focus == .measures, case .measure(let id)? = focusedMeasureItem?.kind { measure = id }
        let about = measure.flatMap { id in row.measures.first { $0.id == id }?.text }
        let title = "Ny loggføring" + (row.targetNumber.isEmpty ? "" : " – mål \(row.targetNumber)") + (about.map { " – tiltak «\(TextLayout.truncate($0, to: 30))»" } ?? "")
        modal = .edit(EditForm(title: title, purpose: .create(.logEntry(row: row.id, measure: measure)), fields: [
            FormField(label: "Dato", colour: .orange, text: today.display, multiline: false),
            FormField(label: FieldKind.logEntry.label, colour: .orange, text: "", multiline: true),
        ], focused: 1))
    }

    /// `a`: adds what belongs where the cursor is.
    mutating func beginAdd() {
        switch focus {
        case .log:
            beginLogEntry()
        case .measures:
            guard let row = targetRow else {
                status = StatusMessage("Velg en rad i målruten først (tiltak og støtte hører til en rad)", kind: .warning)
                return
            }
            guard allowed(.measure, amending: true) else { return }
            var after: ItemID?
            switch focusedMeasureItem?.kind {
            case .measure(let id)?, .support(let id)?: after = id
            default: break
            }
            modal = .dialog(Dialog(title: "Legg til", text: "Hva vil du legge til på raden?",
                                   options: [.init("t", "Tiltak", "measure"), .init("s", "Støtte", "support")],
                                   purpose: .addInMeasures(row: row.id, after: after)))
        case .goals:
            switch selection {
            case .goalArea(let area):
                beginNewRow(in: area, after: area.rows.last?.id)
            case .row(let area, let row):
                beginNewRow(in: area, after: row.id)
            case .checklist:
                guard allowed(.checklistTask, amending: true) else { return }
                openCreateForm("Ny oppgave i sjekklisten", .checklistItem(after: nil), kind: .checklistTask,
                               fields: [FormField(label: FieldKind.checklistTask.label, colour: .blue, text: "", multiline: false)])
            case .personalGoals:
                guard allowed(.personalGoal, amending: true) else { return }
                openCreateForm("Nytt personlig utviklingsmål (unntatt offentlighet)", .personalGoal, kind: .personalGoal,
                               fields: [FormField(label: FieldKind.personalGoal.label, colour: .blue, text: "", multiline: true)])
            default:
                status = StatusMessage("Her er det ingenting å legge til; velg et målområde, en rad, sjekklisten eller punkt 4", kind: .warning)
            }
        }
    }

    private mutating func beginNewRow(in area: GoalArea, after: ItemID?) {
        guard allowed(.target, amending: true) else { return }
        openCreateForm("Ny rad i \(area.section.number) \(area.label)", .row(area: area.id, after: after), kind: .target, fields: [
            FormField(label: "Nummer", colour: .blue, text: "", multiline: false),
            FormField(label: FieldKind.target.label, colour: .blue, text: "", multiline: true),
            FormField(label: FieldKind.resultGoal.label, colour: .blue, text: "", multiline: true),
        ], focused: 1)
    }

    /// `A`: a new goal area in the section of the selected one (3.2 when nothing is selected).
    mutating func beginAddGoalArea() {
        guard allowed(.goalAreaTitle, amending: true) else { return }
        var section = GoalSection.own
        var after: ItemID?
        switch selection {
        case .goalArea(let area), .row(let area, _):
            section = area.section
            after = area.id
        default: break
        }
        let next = (agreement?.goalAreas(in: section).count ?? 0) + 1
        openCreateForm("Nytt målområde i \(section.number) \(section.title)", .goalArea(section: section, after: after), kind: .goalAreaTitle, fields: [
            FormField(label: "Nummer", colour: .blue, text: "\(next)", multiline: false),
            FormField(label: FieldKind.goalAreaTitle.label, colour: .blue, text: "", multiline: false),
        ], focused: 1)
    }

    /// The item under the cursor of the focused pane.
    var focusedItem: ItemRef? {
        switch focus {
        case .goals:
            switch selection {
            case .goalArea(let area): return .goalArea(area.id)
            case .row(_, let row): return .row(row.id)
            default: return nil
            }
        case .measures:
            switch focusedMeasureItem?.kind {
            case .measure(let id)?: return .measure(id)
            case .support(let id)?: return .support(id)
            default: return nil
            }
        case .log:
            if case .log(let id)? = focusedLogItem?.kind { return .logEntry(id) }
            return nil
        }
    }

    /// `d`: asks before deleting the item under the cursor.
    mutating func askDelete() {
        guard let item = focusedItem, let agreement else {
            status = StatusMessage("Velg noe å slette: et målområde, en rad, et tiltak, støtte eller en loggføring", kind: .warning)
            return
        }
        guard allowed(item.kind, amending: true) else { return }
        let name = TextLayout.truncate(agreement.summary(of: item) ?? "", to: 60)
        let amendment = isAmendment(item.kind) ? " Det er en endring av avtalen og krever en begrunnelse." : ""
        modal = .dialog(.yesNo("Slette?", "Slette \(item.noun) «\(name)»?\(amendment) (j/n)", purpose: .delete(item)))
    }

    /// `K`/`J`: moves the item under the cursor up or down in its list.
    mutating func moveItem(by offset: Int) -> [Effect] {
        guard let item = focusedItem else { return [] }
        if case .logEntry = item {
            status = StatusMessage("Loggen står etter dato; endre datoen for å flytte en loggføring", kind: .warning)
            return []
        }
        guard allowed(item.kind) else { return [] }
        var moved = false
        let effects = commit({ moved = $0.move(item, by: offset) }, note: "Flyttet \(item.noun)")
        if !moved { status = StatusMessage(offset < 0 ? "Står allerede øverst" : "Står allerede nederst", kind: .warning) }
        return effects
    }
}
