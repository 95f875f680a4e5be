import AgreementKit
import Catalogue

extension FormState {
    /// Builds the form of a purpose: title, fields with their labels, colours and starting text.
    /// With `amending`, a blue change after Inngåelse, the form gets a required reason field.
    static func make(_ kind: FormKind, core: AppCore, amending: Bool) -> FormState {
        let w = core.words
        let agreement = core.agreement
        func field(_ id: FormFieldID, _ label: String, _ colour: PhaseColour?, _ text: String = "", multiline: Bool) -> FormField {
            FormField(id, label: label, colour: colour, text: text, multiline: multiline)
        }
        let reason = field(.reason, w.prompt(.reasonRequired), nil, multiline: true)
        var form: FormState
        switch kind {
        case .field(let ref):
            let label = DetailContent.label(of: ref, in: agreement, words: w)
            form = FormState(kind: kind, title: label, fields: [field(.value, label, ref.kind.colour, shown(ref, agreement, w), multiline: ref.isMultiline)])
        case .amend(let ref):
            let label = DetailContent.label(of: ref, in: agreement, words: w)
            form = FormState(kind: kind, title: w.prompt(.amendment(label)),
                             fields: [field(.value, label, ref.kind.colour, shown(ref, agreement, w), multiline: ref.isMultiline), reason])
        case .amendDelete(let item):
            form = FormState(kind: kind, title: w.prompt(.amendmentDelete(w.itemNoun(item))), fields: [reason])
        case .amendMove(let item, _):
            form = FormState(kind: kind, title: w.prompt(.amendmentMove(w.itemNoun(item))), fields: [reason])
        case .settleConflict(let id, _):
            let place = agreement.flatMap { a in a.conflicts.first { $0.id == id }.map { w.changeWhere(a.location(of: $0.path)) } } ?? ""
            form = FormState(kind: kind, title: w.prompt(.amendment(place)), fields: [reason])
        case .create(let item):
            form = makeCreate(item, core: core)
            if amending {
                form.fields.append(reason)
                form.title = w.prompt(.amendment(form.title))
            }
        case .signOff(let party):
            let name: String
            switch party {
            case .leader: name = agreement?.header.leader ?? ""
            case .contactPerson: name = agreement?.header.contactPerson ?? ""
            case .director: name = agreement?.header.director ?? ""
            }
            let phase = agreement?.phase ?? .agreement
            // The config's name is the typist's: offered only when signing in the typist's own role.
            let offered = name.isEmpty && party == core.session.party ? core.session.person : name
            form = FormState(kind: kind, title: w.prompt(.signOff(phase: w.phase(phase), party: w.partyInSentence(party), date: w.date(core.session.today))),
                             fields: [field(.name, w.prompt(.name), nil, offered, multiline: false)])
        case .reopen:
            let previous = agreement.flatMap { a in Phase.allCases.last { $0 < a.phase } } ?? .agreement
            form = FormState(kind: kind, title: w.prompt(.reopen(w.phase(previous))), fields: [field(.reason, w.prompt(.reason), nil, multiline: true)])
        case .writeMinutes:
            let name = "\(agreement?.id ?? "lederavtale")-\(w.prompt(.minutesFileWord))-\(core.session.today.iso).md"
            form = FormState(kind: kind, title: w.prompt(.writeMinutes), fields: [field(.path, w.prompt(.file), nil, name, multiline: false)])
        case .export(let format, let isPublic):
            let name = "\(agreement?.id ?? "lederavtale")\(isPublic ? "-" + w.prompt(.publicFileWord) : "").\(format.fileExtension)"
            form = FormState(kind: kind, title: w.prompt(isPublic ? .exportPublic : .exportFull), fields: [field(.path, w.prompt(.file), nil, name, multiline: false)])
        case .improvementPlan(let areaID):
            let area = agreement?.goalArea(areaID)
            let year = agreement?.header.year ?? core.session.today.year
            let start = core.session.today.clamped(toYear: year)
            let dates = (0..<3).compactMap { start.addingMonths($0) }.map(w.date).joined(separator: ", ")
            form = FormState(kind: kind, title: w.prompt(.improvementPlan(area.map { "\($0.section.number) \($0.label)" } ?? "")), fields: [
                field(.actions, w.prompt(.agreedActions), .green, multiline: true),
                field(.followUpDates, w.prompt(.followUpDates), .green, dates, multiline: false),
            ])
        case .meetingComments(let areaID):
            let area = agreement?.goalArea(areaID)
            form = FormState(kind: kind, title: w.prompt(.meetingComments(area.map { "\($0.section.number) \($0.label)" } ?? "")), fields: [
                field(.leaderComment, w.fieldLabel(.leaderComment), .green, area?.assessment.leaderComment ?? "", multiline: true),
                field(.contactComment, w.fieldLabel(.contactComment), .green, area?.assessment.contactComment ?? "", multiline: true),
            ])
        case .search:
            form = FormState(kind: kind, title: w.prompt(.search), fields: [field(.query, w.prompt(.searchLabel), nil, multiline: false)])
        case .indicator, .indicatorValue, .planLinks:
            form = makeIndicatorForm(kind, core: core, amending: amending)
        case .newAgreement(let unit, let municipality):
            form = makeNewAgreement(unit: unit, municipality: municipality, core: core)
        case .handOver:
            form = makeHandOver(core: core, amending: amending)
        case .saveCopy(let quitAfter):
            let name = "\(agreement?.id ?? "lederavtale")-\(w.prompt(quitAfter ? .unsavedFileWord : .myVersionFileWord)).json"
            form = FormState(kind: kind, title: w.prompt(quitAfter ? .saveCopyBeforeQuit : .saveCopyOfMine), fields: [field(.path, w.prompt(.file), nil, name, multiline: false)])
        case .schedule, .conversationNotes, .followUp, .criterionAssessment, .conversationMinutes:
            form = makeCalendar(kind, core: core)
        }
        return form
    }

    private static func makeCreate(_ item: NewItem, core: AppCore) -> FormState {
        let w = core.words
        let agreement = core.agreement
        switch item {
        case .logEntry(let rowID, let measureID):
            let row = agreement?.row(rowID)
            let measure = measureID.flatMap { id in row?.measures.first { $0.id == id }?.text }
            let title = w.prompt(.newLogEntry(target: row?.targetNumber ?? "", measure: measure.map { TextLayout.truncate($0, to: 30) }))
            return FormState(kind: .create(item), title: title, fields: [
                FormField(.date, label: w.prompt(.date), colour: .orange, text: w.date(core.session.today), multiline: false),
                FormField(.text, label: w.fieldLabel(.logEntry), colour: .orange, multiline: true),
            ], focused: 1)
        case .measure:
            return FormState(kind: .create(item), title: w.prompt(.newMeasure), fields: [FormField(.text, label: w.fieldLabel(.measure), colour: .blue, multiline: true)])
        case .support:
            return FormState(kind: .create(item), title: w.prompt(.newSupport), fields: [FormField(.text, label: w.fieldLabel(.support), colour: .blue, multiline: true)])
        case .row(let areaID, _):
            let area = agreement?.goalArea(areaID)
            return FormState(kind: .create(item), title: w.prompt(.newRow(area.map { "\($0.section.number) \($0.label)" } ?? "")), fields: [
                FormField(.number, label: w.prompt(.number), colour: .blue, multiline: false),
                FormField(.target, label: w.fieldLabel(.target), colour: .blue, multiline: true),
                FormField(.resultGoal, label: w.fieldLabel(.resultGoal), colour: .blue, multiline: true),
            ], focused: 1)
        case .goalArea(let section, _):
            let next = (agreement?.goalAreas(in: section).count ?? 0) + 1
            return FormState(kind: .create(item), title: w.prompt(.newGoalArea("\(section.number) \(w.section(section))")), fields: [
                FormField(.number, label: w.prompt(.number), colour: .blue, text: "\(next)", multiline: false),
                FormField(.title, label: w.fieldLabel(.goalAreaTitle), colour: .blue, multiline: false),
            ], focused: 1)
        case .checklistItem:
            return FormState(kind: .create(item), title: w.prompt(.newChecklistTask),
                             fields: [FormField(.text, label: w.fieldLabel(.checklistTask), colour: .blue, multiline: false)])
        case .personalGoal:
            return FormState(kind: .create(item), title: w.prompt(.newPersonalGoal),
                             fields: [FormField(.text, label: w.fieldLabel(.personalGoal), colour: .blue, multiline: true)])
        }
    }

    /// A field's current text as the form shows it (dates as the language writes them: 14.03.2011).
    private static func shown(_ ref: FieldRef, _ agreement: Agreement?, _ w: any Wording) -> String {
        let value = agreement?.value(of: ref) ?? ""
        if case .logDate = ref { return LocalDate(iso: value).map(w.date) ?? value }
        return value
    }
}
