import AgreementKit
import Catalogue

extension FormState {
    /// Creates the new item from the fields; with a `.reason` field the addition is also
    /// recorded as an amendment, in the same change.
    mutating func create(_ item: NewItem, _ core: inout AppCore) -> Outcome {
        guard let agreement = core.agreement else { return .none }
        let w = core.words
        let id = core.newID()
        var change: (inout Agreement) -> Void
        let note: String
        let revealed: ItemRef?
        switch item {
        case .logEntry(let rowID, let measure):
            guard let date = w.parseDate(text(.date), defaultYear: agreement.header.year) else {
                focus(.date)
                core.say(.notADate(text(.date), example: w.date(core.session.today.clamped(toYear: agreement.header.year))), .error)
                return .none
            }
            guard !text(.text).isBlank else { return writeSomething(&core) }
            let entry = LogEntry(id: id, date: date, text: text(.text), measureID: measure)
            change = { $0.addLogEntry(entry, to: rowID) }
            note = w.interface(.noteLogAdded(date: date, row: Self.rowName(rowID, agreement), outsideYear: date.year != agreement.header.year ? agreement.header.year : nil))
            revealed = .logEntry(id)
        case .measure(let rowID, let after):
            guard !text(.text).isBlank else { return writeSomething(&core) }
            let measure = Measure(id: id, text: text(.text))
            change = { $0.addMeasure(measure, to: rowID, after: after) }
            note = w.interface(.noteAdded(w.fieldLabel(.measure), Self.rowName(rowID, agreement)))
            revealed = .measure(id)
        case .support(let rowID, let after):
            guard !text(.text).isBlank else { return writeSomething(&core) }
            let support = SupportItem(id: id, text: text(.text))
            change = { $0.addSupport(support, to: rowID, after: after) }
            note = w.interface(.noteAdded(w.fieldLabel(.support), Self.rowName(rowID, agreement)))
            revealed = .support(id)
        case .row(let areaID, let after):
            guard !(text(.target) + text(.resultGoal)).isBlank else { return writeSomething(&core) }
            let row = GoalRow(id: id, resultGoal: text(.resultGoal), targetNumber: text(.number).trimmingCharacters(in: .whitespaces), target: text(.target))
            change = { $0.addRow(row, to: areaID, after: after) }
            note = w.interface(.noteRowAdded(agreement.goalArea(areaID).map { RowName($0) }))
            revealed = .row(id)
        case .goalArea(let section, let after):
            guard !text(.title).isBlank else { return writeSomething(&core) }
            let area = GoalArea(id: id, section: section, number: text(.number).trimmingCharacters(in: .whitespaces), title: text(.title).trimmingCharacters(in: .whitespaces))
            change = { $0.addGoalArea(area, after: after) }
            note = w.interface(.noteGoalAreaAdded(RowName(area)))
            revealed = .goalArea(id)
        case .checklistItem(let after):
            guard !text(.text).isBlank else { return writeSomething(&core) }
            let task = ChecklistItem(id: id, task: text(.text))
            change = { $0.addChecklistItem(task, after: after) }
            note = w.interface(.noteTaskAdded)
            revealed = .checklistItem(id)
        case .personalGoal:
            guard !text(.text).isBlank else { return writeSomething(&core) }
            let goal = PersonalGoal(id: id, text: text(.text))
            change = { $0.addPersonalGoal(goal) }
            note = w.interface(.notePersonalGoalAdded)
            revealed = .personalGoal(id)
        }
        if has(.reason) {
            guard let reason = reason(&core) else { return .none }
            let added = Self.describeNew(item, form: self, words: w)
            let (party, today, amendmentID, person) = (core.session.party, core.session.today, core.newID(), core.session.person)
            let confidential = item == .personalGoal
            let create = change
            change = { agreement in
                create(&agreement)
                // Named where it landed: "2.2 2. Samarbeid · mål 1.1 · tiltak 3 (lagt til)".
                let what = revealed.map { w.interface(.addedItemAt(w.place(agreement.place(of: $0)))) } ?? added.what
                agreement.recordAmendment(what: what, oldValue: "", newValue: added.value, reason: reason, date: today, party: party, id: amendmentID,
                                   confidential: confidential, person: person)
            }
        }
        return Outcome(effects: core.commit(change, note: note), navigation: [.pop], reveal: revealed.map { .item($0) })
    }

    private func writeSomething(_ core: inout AppCore) -> Outcome {
        core.say(.writeSomethingFirst, .warning)
        return .none
    }

    /// A row named for notes and titles.
    static func rowName(_ rowID: ItemID, _ agreement: Agreement) -> RowName? {
        guard let (a, r) = agreement.location(ofRow: rowID) else { return nil }
        return RowName(agreement.goalAreas[a].rows[r], in: agreement.goalAreas[a])
    }

    /// What a new item is, for the amendment record: what was added and its text.
    private static func describeNew(_ item: NewItem, form: FormState, words: any Wording) -> (what: String, value: String) {
        switch item {
        case .logEntry: (words.interface(.addedItem(words.fieldLabel(.logEntry))), form.text(.text))
        case .measure: (words.interface(.addedItem(words.fieldLabel(.measure))), form.text(.text))
        case .support: (words.interface(.addedItem(words.fieldLabel(.support))), form.text(.text))
        case .row: (words.interface(.addedItem(words.fieldLabel(.target))), form.text(.target))
        case .goalArea: (words.interface(.addedItem(words.fieldLabel(.goalAreaTitle))), form.text(.title))
        case .checklistItem: (words.interface(.addedItem(words.fieldLabel(.checklistTask))), form.text(.text))
        case .personalGoal: (words.interface(.addedItem(words.fieldLabel(.personalGoal))), words.redacted)
        }
    }
}
