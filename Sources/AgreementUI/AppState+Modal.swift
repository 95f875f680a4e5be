import AgreementKit

extension AppState {
    /// Keys while a form is open: the binding table first, every other key to the field's editor.
    mutating func editorKey(_ key: Key) -> [Effect] {
        guard case .edit(var form) = modal else { return [] }
        let command = Keymap.command(for: key, in: .editor)
        if command != .discard { form.confirmingDiscard = false }
        switch command {
        case .confirm:
            return confirm(form)
        case .cancel:
            modal = nil
            status = nil
            return []
        case .discard:
            if form.isChanged && !form.confirmingDiscard {
                form.confirmingDiscard = true
                modal = .edit(form)
                status = StatusMessage("Trykk Ctrl-C igjen for å forkaste teksten du har skrevet, eller fortsett å skrive", kind: .warning)
                return []
            }
            modal = nil
            status = StatusMessage("Forkastet; feltet er som før")
            return []
        case .nextField, .previousField:
            let count = form.fields.count
            form.focused = (form.focused + (command == .nextField ? 1 : count - 1)) % count
        case .insertNewline:
            _ = form.fields[form.focused].editor.apply(.lineFeed, width: EditorView.textWidth(size))
        default:
            _ = form.fields[form.focused].editor.apply(key, width: EditorView.textWidth(size))
        }
        form.fields[form.focused].scroll = EditorView.scroll(for: form.fields[form.focused], size: size)
        modal = .edit(form)
        return []
    }

    /// Confirms a form: sets the field, creates the item, searches or writes the copy.
    private mutating func confirm(_ form: EditForm) -> [Effect] {
        let texts = form.fields.map(\.editor.text)
        switch form.purpose {
        case .field(let ref):
            guard let agreement else { return [] }
            let value = ref.isMultiline ? texts[0] : texts[0].trimmingCharacters(in: .whitespaces)
            var probe = agreement
            if let error = probe.set(ref, to: value) {
                status = StatusMessage(error.message, kind: .error)
                return []
            }
            modal = nil
            return commit({ _ = $0.set(ref, to: value) }, note: "\(ref.kind.label) endret")
        case .create(let item):
            if form.lastFieldIsReason {
                guard let reason = texts.last, !reason.allSatisfy(\.isWhitespace) else {
                    status = StatusMessage("Skriv en begrunnelse for endringen av avtalen", kind: .warning)
                    return []
                }
                let before = agreement
                let effects = create(item, texts: Array(texts.dropLast()))
                if let after = agreement, after != before, modal == nil {
                    let added = describeNew(item, texts: Array(texts.dropLast()))
                    let id = ids.next()
                    var recorded = after
                    recorded.recordAmendment(what: added.what, oldValue: "", newValue: added.value, reason: reason, date: today, party: party, id: id)
                    // Rebuild the tree: the first amendment adds the "Endringer i avtalen" line.
                    let key = currentNodeKey
                    replace(with: recorded)
                    if let key { select(key) }
                    return effects.map { if case .save = $0 { return Effect.save(recorded) } else { return $0 } }
                }
                return effects
            }
            return create(item, texts: texts)
        case .amend(let ref):
            guard let agreement else { return [] }
            let reason = texts[1]
            guard !reason.allSatisfy(\.isWhitespace) else {
                status = StatusMessage("Skriv en begrunnelse for endringen av avtalen", kind: .warning)
                return []
            }
            let value = ref.isMultiline ? texts[0] : texts[0].trimmingCharacters(in: .whitespaces)
            var probe = agreement
            let id = ids.next()
            let label = words.place(agreement.place(of: ref)) + " – " + words.fieldLabel(ref.kind)
            if let error = probe.amend(ref, to: value, reason: reason, date: today, party: party, id: id, label: label, redacted: words.redacted) {
                status = StatusMessage(error.message, kind: .error)
                return []
            }
            modal = nil
            let (party, today) = (self.party, self.today)
            return commit({ _ = $0.amend(ref, to: value, reason: reason, date: today, party: party, id: id, label: label, redacted: words.redacted) }, note: "Endring registrert")
        case .amendDelete(let item):
            guard let agreement else { return [] }
            let reason = texts[0]
            guard !reason.allSatisfy(\.isWhitespace) else {
                status = StatusMessage("Skriv en begrunnelse for endringen av avtalen", kind: .warning)
                return []
            }
            modal = nil
            let what = "Slettet \(item.noun)"
            let old: String
            if case .personalGoal = item { old = Agreement.redacted } else { old = agreement.summary(of: item) ?? "" }
            let id = ids.next()
            let (party, today) = (self.party, self.today)
            return deleteItem(item) { $0.recordAmendment(what: what, oldValue: old, newValue: "", reason: reason, date: today, party: party, id: id) }
        case .signOff:
            let name = texts[0].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else {
                status = StatusMessage("Skriv navnet som skal stå på signaturen", kind: .warning)
                return []
            }
            modal = nil
            let (party, today) = (self.party, self.today)
            return commit({ $0.signOff(party: party, name: name, date: today) }, note: "Signert av \(name)")
        case .reopen:
            guard !texts[0].allSatisfy(\.isWhitespace) else {
                status = StatusMessage("Skriv hvorfor fasen gjenåpnes", kind: .warning)
                return []
            }
            modal = nil
            overlay = nil
            let (party, today) = (self.party, self.today)
            return commit({ $0.reopenPreviousPhase(reason: texts[0], date: today, party: party) }, note: "Fasen er gjenåpnet")
        case .writeMinutes(let kind):
            let path = texts[0].trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty, let agreement else { return [] }
            modal = nil
            return [.writeMinutes(agreement, kind: kind, date: today, party: party, path: path)]
        case .export(let format, let isPublic):
            let path = texts[0].trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty, let agreement else { return [] }
            modal = nil
            return [.export(agreement, format: format, isPublic: isPublic, path: path)]
        case .improvementPlan(let areaID):
            var dates: [LocalDate] = []
            for part in texts[1].split(whereSeparator: { $0 == "," || $0 == ";" || $0.isWhitespace }) where !part.isEmpty {
                guard let date = LocalDate(userInput: String(part), defaultYear: today.year) else {
                    status = StatusMessage("«\(part)» er ikke en dato", kind: .error)
                    return []
                }
                dates.append(date)
            }
            guard !texts[0].allSatisfy(\.isWhitespace) else { return emptyText() }
            modal = nil
            let plan = ImprovementPlan(id: ids.next(), goalAreaID: areaID, actions: texts[0], followUpDates: dates, created: today)
            return commit({ $0.improvementPlans.append(plan) }, note: "Forbedringsplan lagret")
        case .meetingComments(let areaID):
            modal = nil
            let (party, today) = (self.party, self.today)
            return commit({ a in
                guard let i = a.goalAreas.firstIndex(where: { $0.id == areaID }) else { return }
                if a.goalAreas[i].assessment.leaderComment != texts[0] {
                    a.goalAreas[i].assessment.leaderComment = texts[0]
                    a.goalAreas[i].assessment.leaderCommentStamp = Stamp(party: party, date: today)
                }
                if a.goalAreas[i].assessment.contactComment != texts[1] {
                    a.goalAreas[i].assessment.contactComment = texts[1]
                    a.goalAreas[i].assessment.contactCommentStamp = Stamp(party: party, date: today)
                }
            }, note: "Kommentarer lagret")
        case .search:
            modal = nil
            runSearch(texts[0])
            return []
        case .saveCopy:
            let path = texts[0].trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty, let agreement else { return [] }
            modal = nil
            quitAfterCopy = unsaved && form.title.hasPrefix("Skriv en kopi")
            return [.saveCopy(agreement, path: path)]
        }
    }

    private mutating func create(_ item: NewItem, texts: [String]) -> [Effect] {
        guard let agreement else { return [] }
        let id = ids.next()
        switch item {
        case .logEntry(let row, let measure):
            guard let date = LocalDate(userInput: texts[0], defaultYear: today.year) else {
                status = StatusMessage("«\(texts[0])» er ikke en dato (skriv f.eks. \(today.display))", kind: .error)
                return []
            }
            guard !texts[1].allSatisfy(\.isWhitespace) else {
                status = StatusMessage("Skriv hva som ble gjort, eller Esc for å avbryte", kind: .warning)
                return []
            }
            modal = nil
            let outside = date.year != agreement.header.year ? " (NB: datoen er utenfor avtaleåret \(agreement.header.year))" : ""
            let effects = commit({ $0.addLogEntry(LogEntry(id: id, date: date, text: texts[1], measureID: measure), to: row) }, note: "Loggføring lagt til\(outside)")
            if focus == .log || focus == .measures {
                logCursor = logItems.firstIndex { $0.kind == .log(id) } ?? logCursor
                scrollItemPanesIntoView()
            }
            return effects
        case .measure(let row, let after):
            guard !texts[0].allSatisfy(\.isWhitespace) else { return emptyText() }
            modal = nil
            return commit({ $0.addMeasure(Measure(id: id, text: texts[0]), to: row, after: after) }, note: "Tiltak lagt til")
        case .support(let row, let after):
            guard !texts[0].allSatisfy(\.isWhitespace) else { return emptyText() }
            modal = nil
            return commit({ $0.addSupport(SupportItem(id: id, text: texts[0]), to: row, after: after) }, note: "Støtte lagt til")
        case .row(let area, let after):
            guard !(texts[1] + texts[2]).allSatisfy(\.isWhitespace) else { return emptyText() }
            modal = nil
            let row = GoalRow(id: id, resultGoal: texts[2], targetNumber: texts[0].trimmingCharacters(in: .whitespaces), target: texts[1])
            let effects = commit({ $0.addRow(row, to: area, after: after) }, note: "Rad lagt til")
            select(.row(id))
            return effects
        case .goalArea(let section, let after):
            guard !texts[1].allSatisfy(\.isWhitespace) else { return emptyText() }
            modal = nil
            let area = GoalArea(id: id, section: section, number: texts[0].trimmingCharacters(in: .whitespaces), title: texts[1].trimmingCharacters(in: .whitespaces))
            let effects = commit({ $0.addGoalArea(area, after: after) }, note: "Målområde lagt til")
            select(.area(id))
            return effects
        case .checklistItem(let after):
            guard !texts[0].allSatisfy(\.isWhitespace) else { return emptyText() }
            modal = nil
            return commit({ $0.addChecklistItem(ChecklistItem(id: id, task: texts[0]), after: after) }, note: "Oppgave lagt til")
        case .personalGoal:
            guard !texts[0].allSatisfy(\.isWhitespace) else { return emptyText() }
            modal = nil
            return commit({ $0.addPersonalGoal(PersonalGoal(id: id, text: texts[0])) }, note: "Utviklingsmål lagt til")
        }
    }

    private mutating func emptyText() -> [Effect] {
        status = StatusMessage("Skriv noe først, eller Esc for å avbryte", kind: .warning)
        return []
    }

    /// Deletes an item (with `also` applied in the same change) and keeps the cursors sensible.
    private mutating func deleteItem(_ item: ItemRef, also: @escaping (inout Agreement) -> Void = { _ in }) -> [Effect] {
        let neighbour = neighbourKey(of: item)
        let measuresCursorBefore = measuresCursor, logCursorBefore = logCursor
        let effects = commit({ $0.delete(item); also(&$0) }, note: "Slettet \(item.noun)")
        if let neighbour { select(neighbour) }
        // In the item panes the cursor stays at the same place in the list.
        let measures = measureItems, log = logItems
        switch item {
        case .measure, .support: measuresCursor = PaneList.nearestSelectable(measures, to: measuresCursorBefore)
        case .logEntry: logCursor = PaneList.nearestSelectable(log, to: logCursorBefore)
        default: break
        }
        scrollItemPanesIntoView()
        return effects
    }

    /// What a new item is, for the amendment record.
    private func describeNew(_ item: NewItem, texts: [String]) -> (what: String, value: String) {
        switch item {
        case .logEntry: ("Ny loggføring", texts.last ?? "")
        case .measure: ("Nytt tiltak", texts[0])
        case .support: ("Ny støtte", texts[0])
        case .row: ("Ny rad", texts.dropFirst().first ?? "")
        case .goalArea: ("Nytt målområde", texts.last ?? "")
        case .checklistItem: ("Ny oppgave i sjekklisten", texts[0])
        case .personalGoal: ("Nytt personlig utviklingsmål", Agreement.redacted)
        }
    }

    /// Where the goals cursor goes when a row or goal area is deleted: the one before it,
    /// else the one after, else (for a row) its goal area.
    private func neighbourKey(of item: ItemRef) -> NodeKey? {
        guard let agreement else { return nil }
        switch item {
        case .row(let id):
            guard let (a, r) = agreement.location(ofRow: id) else { return nil }
            let rows = agreement.goalAreas[a].rows
            if r > 0 { return .row(rows[r - 1].id) }
            if rows.count > 1 { return .row(rows[1].id) }
            return .area(agreement.goalAreas[a].id)
        case .goalArea(let id):
            guard let i = agreement.goalAreas.firstIndex(where: { $0.id == id }) else { return nil }
            let section = agreement.goalAreas[i].section
            let siblings = agreement.goalAreas.filter { $0.section == section }
            guard let k = siblings.firstIndex(where: { $0.id == id }) else { return nil }
            if k > 0 { return .area(siblings[k - 1].id) }
            if siblings.count > 1 { return .area(siblings[1].id) }
            return nil
        default:
            return nil
        }
    }

    /// Moves the goals cursor to a goal area or row.
    mutating func select(_ key: NodeKey) {
        guard let tree, let agreement, let index = tree.nodes.firstIndex(where: { Self.key(of: $0, in: agreement) == key }) else { return }
        goalsCursor = index
        focus = .goals
        scrollGoalsIntoView()
        resetItemPanes()
    }

    /// Keys while a dialog is open: its option keys, `Esc` cancels.
    mutating func dialogKey(_ key: Key) -> [Effect] {
        guard case .dialog(let dialog) = modal else { return [] }
        if Keymap.command(for: key, in: .dialog) == .cancel {
            modal = nil
            // A draft left unanswered is offered again next time.
            return []
        }
        guard case .character(let c) = key, let option = dialog.options.first(where: { $0.key == c || $0.key == Character(c.lowercased()) }) else {
            return []
        }
        modal = nil
        switch dialog.purpose {
        case .delete(let item):
            guard option.value == "yes" else { return [] }
            if isAmendment(item.kind) {
                modal = .edit(EditForm(title: "Endring av avtalen: slette \(item.noun)", purpose: .amendDelete(item),
                                       fields: [FormField(label: "Begrunnelse for endringen (påkrevd)", colour: nil, text: "", multiline: true)]))
                return []
            }
            return deleteItem(item)
        case .field(let ref):

            return commit({ _ = $0.set(ref, to: option.value) }, note: "\(ref.kind.label): \(option.label)")
        case .addInMeasures(let row, let after):
            let measure = option.value == "measure"
            let kind: FieldKind = measure ? .measure : .support
            openCreateForm(measure ? "Nytt tiltak" : "Ny støtte", measure ? .measure(row: row, after: after) : .support(row: row, after: after),
                           kind: kind, fields: [FormField(label: kind.label, colour: .blue, text: "", multiline: true)])
            return []
        case .draft(let draft):
            if option.value == "restore" {
                modal = .edit(draft.form)
                status = StatusMessage("Utkastet er gjenopprettet; Enter lagrer, Esc forkaster", kind: .warning)
            }
            return [.removeDraft(draft.agreementID)]
        case .exportFormat:
            if option.value == "csv" {
                beginExportPath(format: "csv", isPublic: true)
            } else {
                modal = .dialog(Dialog(title: "Eksport", text: "Offentlig utgave eller full kopi?", options: [
                    .init("o", "Offentlig utgave – uten punkt 4 (kan deles og publiseres)", "public"),
                    .init("f", "Full kopi – med punkt 4, personlige utviklingsmål (fil bare for deg, 0600)", "full"),
                ], purpose: .exportScope(format: option.value)))
            }
            return []
        case .exportScope(let format):
            beginExportPath(format: format, isPublic: option.value == "public")
            return []
        case .conflict:
            guard let agreement else { return [] }
            switch option.value {
            case "reload":
                return [.reload(agreement.id)]
            case "overwrite":
                return [.forceSave(agreement)]
            default:
                modal = .edit(EditForm(title: "Skriv din versjon (med punkt 4, modus 0600) til", purpose: .saveCopy,
                                       fields: [FormField(label: "Fil", colour: nil, text: "\(agreement.id)-min-versjon.json", multiline: false)]))
                return []
            }
        case .quitUnsaved:
            switch option.value {
            case "retry":
                return saveNow()
            case "copy":
                let name = "\(agreement?.id ?? "lederavtale")-ulagret.json"
                modal = .edit(EditForm(title: "Skriv en kopi av avtalen (med punkt 4, modus 0600) til", purpose: .saveCopy,
                                       fields: [FormField(label: "Fil", colour: nil, text: name, multiline: false)]))
                return []
            default:
                return [.quit]
            }
        }
    }
}
