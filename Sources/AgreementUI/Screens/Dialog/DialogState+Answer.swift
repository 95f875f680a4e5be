import AgreementKit
import Catalogue

extension DialogState {
    /// Does what an answer means for this dialog.
    func respond(_ answer: DialogAnswer, _ core: inout AppCore) -> Outcome {
        switch (kind, answer) {
        case (.delete(let item), .yes):
            return delete(item, &core)
        case (.choice(let ref), .rating(let rating)):
            return set(ref, to: rating?.rawValue ?? "", shown: rating.map(core.words.rating) ?? core.words.screen(.notSet), &core)
        case (.choice(let ref), .mark(let status)):
            return set(ref, to: status?.rawValue ?? "", shown: core.words.checklistStatus(status), &core)
        case (.addInMeasures(let row, let after), .measure), (.addInMeasures(let row, let after), .support):
            let item: NewItem = answer == .measure ? .measure(row: row, after: after) : .support(row: row, after: after)
            let amending = core.editability(answer == .measure ? .measure : .support) == .needsAmendment
            return replace(FormState(.create(item), core: core, amending: amending))
        case (.quitUnsaved, .retry):
            return Outcome(effects: core.saveNow(), navigation: [.pop])
        case (.quitUnsaved, .copy):
            return replace(FormState(.saveCopy(quitAfter: true), core: core))
        case (.quitUnsaved, .quitWithoutSaving):
            return Outcome(effects: [.quit], navigation: [.pop])
        case (.draft(let draft), .restore):
            core.say(.draftRestored, .warning)
            return Outcome(effects: [.removeDraft(draft.agreementID)], navigation: [.replace(Mode(draft.form))])
        case (.draft(let draft), .discard):
            return Outcome(effects: [.removeDraft(draft.agreementID)], navigation: [.pop])
        case (.conflict, .reload):
            guard let id = core.agreement?.id else { return .pop }
            return Outcome(effects: [.reload(id)], navigation: [.pop])
        case (.conflict, .overwrite):
            guard let agreement = core.agreement else { return .pop }
            return Outcome(effects: [.forceSave(agreement)], navigation: [.pop])
        case (.conflict, .copy):
            return replace(FormState(.saveCopy(quitAfter: false), core: core))
        case (.exportFormat, .format(let format)):
            if format == .csv { return replace(FormState(.export(.csv, isPublic: true), core: core)) }
            return replace(DialogState(.exportScope(format), core: core))
        case (.exportScope(let format), .publicCopy), (.exportScope(let format), .fullCopy):
            return replace(FormState(.export(format, isPublic: answer == .publicCopy), core: core))
        case (.fileExists(let target, _, let proposal), .writeElsewhere):
            return Outcome(effects: write(target, to: proposal, overwrite: false, core), navigation: [.pop])
        case (.fileExists(let target, let path, _), .overwrite):
            return Outcome(effects: write(target, to: path, overwrite: true, core), navigation: [.pop])
        case (.takeOverLock(let holder), .yes):
            guard let id = core.agreement?.id else { return .pop }
            return Outcome(effects: [.takeOverLock(id, holder: holder)], navigation: [.pop])
        case (.signAs(let party), .yes):
            let name = DialogKind.name(of: party, core)
            guard !name.isEmpty else { return replace(FormState(.signOff(party), core: core)) }
            let today = core.session.today
            let note = core.words.interface(.noteSigned(name, party))
            return Outcome(effects: core.commit({ $0.signOff(party: party, name: name, date: today) }, note: note), navigation: [.pop])
        default:
            return .pop
        }
    }

    /// The effect that writes a file the user asked for, again, to a path.
    private func write(_ target: FileTarget, to path: String, overwrite: Bool, _ core: AppCore) -> [Effect] {
        guard let agreement = core.agreement else { return [] }
        switch target {
        case .copy: return [.writeCopy(agreement, path: path, overwrite: overwrite)]
        case .export(let format, let isPublic): return [.export(agreement, format: format, isPublic: isPublic, path: path, overwrite: overwrite)]
        case .minutes(let kind, let date, let party): return [.writeMinutes(agreement, kind: kind, date: date, party: party, path: path, overwrite: overwrite)]
        }
    }

    private func replace(_ screen: any ScreenState) -> Outcome {
        Outcome(navigation: [.replace(Mode(screen))])
    }

    private func set(_ ref: FieldRef, to value: String, shown: String, _ core: inout AppCore) -> Outcome {
        guard let agreement = core.agreement else { return .pop }
        let note = core.words.interface(.noteChoice(DetailContent.label(of: ref, in: agreement, words: core.words), shown))
        return Outcome(effects: core.commit({ _ = $0.set(ref, to: value) }, note: note), navigation: [.pop])
    }

    /// Deletes an item, or asks for the reason first when deleting it is an amendment.
    private func delete(_ item: ItemRef, _ core: inout AppCore) -> Outcome {
        guard let agreement = core.agreement else { return .pop }
        if core.editability(item.kind) == .needsAmendment {
            return replace(FormState(.amendDelete(item), core: core))
        }
        let summary = TextLayout.truncate(agreement.summary(of: item, date: core.words.date) ?? "", to: 40)
        let note = core.words.interface(.noteDeleted(core.words.itemNoun(item), summary))
        return Outcome(effects: core.commit({ $0.delete(item) }, note: note), navigation: [.pop])
    }
}
