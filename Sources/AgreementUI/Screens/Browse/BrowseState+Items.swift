import AgreementKit
import Catalogue

extension BrowseState {
    /// `l`: a new log entry dated today on the selected row, about the focused measure if any.
    func beginLogEntry(_ core: inout AppCore) -> Outcome {
        guard let row = targetRow(core) else {
            core.say(.chooseRowForLog, .warning)
            return .none
        }
        guard core.allows(.logEntry) else { return .none }
        var measure: ItemID?
        if focus == .measures, case .measure(let id)? = focusedMeasure?.kind { measure = id }
        return .push(FormState(.create(.logEntry(row: row.id, measure: measure)), core: core))
    }

    /// `a`: adds what belongs where the cursor is.
    func beginAdd(_ core: inout AppCore) -> Outcome {
        switch focus {
        case .log:
            return beginLogEntry(&core)
        case .measures:
            guard let row = targetRow(core) else {
                core.say(.chooseRowForMeasures, .warning)
                return .none
            }
            guard core.allows(.measure, amending: true) else { return .none }
            var after: ItemID?
            switch focusedMeasure?.kind {
            case .measure(let id)?, .support(let id)?: after = id
            default: break
            }
            return .push(DialogState(.addInMeasures(row: row.id, after: after), core: core))
        case .goals:
            switch selection(core) {
            case .goalArea(let area):
                return beginNewRow(in: area, after: area.rows.last?.id, &core)
            case .row(let area, let row):
                return beginNewRow(in: area, after: row.id, &core)
            case .checklist:
                return create(.checklistItem(after: nil), kind: .checklistTask, &core)
            case .personalGoals:
                return create(.personalGoal, kind: .personalGoal, &core)
            default:
                core.say(.nothingToAddHere, .warning)
                return .none
            }
        }
    }

    private func beginNewRow(in area: GoalArea, after: ItemID?, _ core: inout AppCore) -> Outcome {
        create(.row(area: area.id, after: after), kind: .target, &core)
    }

    /// Opens the form for a new item, as an amendment (with a reason) after Inngåelse.
    private func create(_ item: NewItem, kind: FieldKind, _ core: inout AppCore) -> Outcome {
        guard core.allows(kind, amending: true) else { return .none }
        return .push(FormState(.create(item), core: core, amending: core.editability(kind) == .needsAmendment))
    }

    /// `A`: a new goal area in the section of the selected one (3.2 when nothing is selected).
    func beginAddGoalArea(_ core: inout AppCore) -> Outcome {
        var section = GoalSection.own
        var after: ItemID?
        if let area = selection(core).area {
            section = area.section
            after = area.id
        }
        return create(.goalArea(section: section, after: after), kind: .goalAreaTitle, &core)
    }

    /// `d`: asks before deleting the item under the cursor of the focused pane — only that item.
    func askDelete(_ core: inout AppCore) -> Outcome {
        guard let item = focusedItem(core) else {
            core.say(.chooseSomethingToDelete, .warning)
            return .none
        }
        guard core.allows(item.kind, amending: true) else { return .none }
        return .push(DialogState(.delete(item), core: core))
    }

    /// `K`/`J`: moves the item under the cursor up or down in its list; a blue item after
    /// Inngåelse moves as an amendment, with its reason.
    func moveItem(by offset: Int, _ core: inout AppCore) -> Outcome {
        guard let item = focusedItem(core) else { return .none }
        if case .logEntry = item {
            core.say(.logIsByDate, .warning)
            return .none
        }
        guard core.allows(item.kind, amending: true) else { return .none }
        guard let agreement = core.agreement else { return .none }
        var probe = agreement
        guard probe.move(item, by: offset) else {
            core.say(offset < 0 ? .alreadyFirst : .alreadyLast, .warning)
            return .none
        }
        if core.editability(item.kind) == .needsAmendment {
            core.say(.amendmentNote, .warning)
            return .push(FormState(.amendMove(item, by: offset), core: core))
        }
        let note = core.words.interface(.noteMoved(core.words.itemNoun(item)))
        return .effects(core.commit({ _ = $0.move(item, by: offset) }, note: note))
    }
}
