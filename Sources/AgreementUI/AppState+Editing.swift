import AgreementKit

extension AppState {
    /// Opens the editor for a field, or a choice for ratings and marks, if the phase allows it.
    mutating func beginEdit(_ ref: FieldRef, label: String) {
        guard let agreement else { return }
        let editability = editability(ref.kind)
        if editability == .needsAmendment, let value = agreement.value(of: ref), !ref.isChoice {
            // A blue field after Inngåelse: an amendment, with its reason.
            let shown = ref.isDate ? (LocalDate(iso: value)?.display ?? value) : value
            var form = EditForm(title: "Endring av avtalen: \(label)", purpose: .amend(ref), fields: [
                FormField(label: label, colour: ref.kind.colour, text: shown, multiline: ref.isMultiline),
                FormField(label: "Begrunnelse for endringen (påkrevd)", colour: nil, text: "", multiline: true),
            ])
            form.lastFieldIsReason = true
            modal = .edit(form)
            status = StatusMessage("Avtalt i Inngåelse – endringen registreres med begrunnelse, dato og hvem", kind: .warning)
            return
        }
        guard editability.isAllowed else {
            status = StatusMessage(refusal(editability), kind: .warning)
            return
        }
        guard let value = agreement.value(of: ref) else {
            status = StatusMessage(FieldError.missing.message, kind: .warning)
            return
        }
        if ref.isChoice {
            modal = .dialog(Dialog(title: label, text: "Velg:", options: Self.options(for: ref), purpose: .field(ref)))
            return
        }
        let shown = ref.isDate ? (LocalDate(iso: value)?.display ?? value) : value
        modal = .edit(EditForm(title: label, purpose: .field(ref),
                               fields: [FormField(label: label, colour: ref.kind.colour, text: shown, multiline: ref.isMultiline)]))
    }

    static func options(for ref: FieldRef) -> [Dialog.Option] {
        switch ref {
        case .checklistStatus:
            [.init("u", "Utført", ChecklistStatus.done.rawValue), .init("i", "Ikke utført", ChecklistStatus.notDone.rawValue), .init("0", "Ikke markert", "")]
        default:
            [.init("1", Rating.beyondAgreement.title, Rating.beyondAgreement.rawValue),
             .init("2", Rating.asAgreed.title, Rating.asAgreed.rawValue),
             .init("3", Rating.belowAgreement.title, Rating.belowAgreement.rawValue),
             .init("0", "Ikke satt", "")]
        }
    }

    /// Applies a change to the agreement: records it for undo, redraws, and asks for a save.
    mutating func commit(_ change: (inout Agreement) -> Void, note: String) -> [Effect] {
        guard var changed = agreement else { return [] }
        let before = changed
        change(&changed)
        guard changed != before else { return [] }
        history.record(before)
        replace(with: changed)
        pendingNote = note
        status = StatusMessage("\(note) · lagrer …")
        return [.save(changed)]
    }

    /// Puts a changed agreement on screen, keeping the cursor on the same goal area or row.
    mutating func replace(with changed: Agreement) {
        let key = currentNodeKey
        let measureKey = focusedMeasureItem?.kind
        let logKey = focusedLogItem?.kind
        agreement = changed
        let tree = GoalTree(changed)
        self.tree = tree
        if let key, let index = tree.nodes.firstIndex(where: { Self.key(of: $0, in: changed) == key }) {
            goalsCursor = index
        } else {
            goalsCursor = min(goalsCursor, max(0, tree.nodes.count - 1))
            goalsCursor = tree.nextSelectable(from: goalsCursor, step: -1) ?? tree.nextSelectable(from: goalsCursor, step: 1) ?? 0
        }
        scrollGoalsIntoView()
        let measures = measureItems
        measuresCursor = measures.firstIndex { $0.kind == measureKey && $0.isSelectable }
            ?? PaneList.firstSelectable(measures).map { max($0, min(measuresCursor, measures.count - 1)) } ?? 0
        if !(measures.indices.contains(measuresCursor) && measures[measuresCursor].isSelectable) {
            measuresCursor = PaneList.firstSelectable(measures) ?? 0
        }
        let log = logItems
        logCursor = log.firstIndex { $0.kind == logKey && $0.isSelectable } ?? PaneList.firstSelectable(log) ?? 0
        scrollItemPanesIntoView()
        if case .detail(_, let field) = overlay {
            focusDetailField(min(field, max(0, DetailContent.of(self).fields.count - 1)))
        }
    }

    mutating func undo() -> [Effect] {
        guard let current = agreement, let previous = history.undo(from: current) else {
            status = StatusMessage("Ingenting å angre", kind: .warning)
            return []
        }
        replace(with: previous)
        pendingNote = "Angret"
        return [.save(previous)]
    }

    mutating func redo() -> [Effect] {
        guard let current = agreement, let next = history.redo(from: current) else {
            status = StatusMessage("Ingenting å gjøre om", kind: .warning)
            return []
        }
        replace(with: next)
        pendingNote = "Gjort om"
        return [.save(next)]
    }

    // MARK: Identity of the cursor's line across changes

    enum NodeKey: Equatable {
        case about, checklist, amendments, conditions, personalGoals
        case area(ItemID)
        case row(ItemID)
    }

    var currentNodeKey: NodeKey? {
        guard let tree, let agreement, tree.nodes.indices.contains(goalsCursor) else { return nil }
        return Self.key(of: tree.nodes[goalsCursor], in: agreement)
    }

    static func key(of node: GoalTree.Node, in agreement: Agreement) -> NodeKey? {
        switch node {
        case .heading: nil
        case .about: .about
        case .checklist: .checklist
        case .amendments: .amendments
        case .conditions: .conditions
        case .personalGoals: .personalGoals
        case .goalArea(let a): agreement.goalAreas.indices.contains(a) ? .area(agreement.goalAreas[a].id) : nil
        case .row(let a, let r):
            agreement.goalAreas.indices.contains(a) && agreement.goalAreas[a].rows.indices.contains(r) ? .row(agreement.goalAreas[a].rows[r].id) : nil
        }
    }
}

extension FieldRef {
    /// True for date fields, which are shown and typed as 14.03.2011.
    var isDate: Bool {
        if case .logDate = self { return true }
        return false
    }
}
