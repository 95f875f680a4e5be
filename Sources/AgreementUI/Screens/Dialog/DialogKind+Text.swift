import AgreementKit
import Catalogue

extension DialogKind {
    /// The dialog's words: its title and question, by id.
    func text(_ core: AppCore) -> DialogText {
        let w = core.words
        switch self {
        case .delete(let item):
            let summary = TextLayout.truncate(core.agreement?.summary(of: item, date: w.date) ?? "", to: 60)
            return .delete(noun: w.itemNoun(item), summary: summary, place: place(of: item, core),
                           amendment: core.editability(item.kind) == .needsAmendment)
        case .choice(let ref):
            return .choice(DetailContent.label(of: ref, in: core.agreement, words: w))
        case .addInMeasures:
            return .addInMeasures
        case .quitUnsaved:
            return .quitUnsaved
        case .draft(let draft):
            let preview = TextLayout.truncate(draft.fields.map(\.text).joined(separator: " / ").replacingOccurrences(of: "\n", with: " "), to: 60)
            return .draft(title: draft.title, preview: preview)
        case .conflict(let reason):
            return .conflict(reason)
        case .exportFormat:
            return .exportFormat
        case .exportScope:
            return .exportScope
        case .fileExists(_, let path, let proposal):
            return .fileExists(path: path, proposal: proposal)
        case .takeOverLock(let holder):
            return .takeOverLock(holder)
        case .signAs(let party):
            let phase = core.agreement?.phase ?? .assessment
            return .signAs(party: w.partyInSentence(party), name: Self.name(of: party, core), phase: w.phase(phase))
        }
    }

    /// The name the agreement gives a party ("" when it names nobody).
    static func name(of party: Party, _ core: AppCore) -> String {
        guard let header = core.agreement?.header else { return "" }
        switch party {
        case .leader: return header.leader
        case .contactPerson: return header.contactPerson
        case .director: return header.director
        }
    }

    /// Where an item stands, for the question: "i mål 2.1".
    private func place(of item: ItemRef, _ core: AppCore) -> String {
        guard let agreement = core.agreement else { return "" }
        let w = core.words
        switch item {
        case .measure(let id): return agreement.allRows.first { $0.measures.contains { $0.id == id } }.flatMap { rowPlace($0.id, agreement, w) } ?? ""
        case .support(let id): return agreement.allRows.first { $0.support.contains { $0.id == id } }.flatMap { rowPlace($0.id, agreement, w) } ?? ""
        case .logEntry(let id): return agreement.allRows.first { $0.log.contains { $0.id == id } }.flatMap { rowPlace($0.id, agreement, w) } ?? ""
        case .row(let id): return agreement.goalAreas.first { $0.rows.contains { $0.id == id } }.map { w.rowName(RowName($0)) } ?? ""
        case .goalArea(let id): return agreement.goalArea(id).map { "\($0.section.number) \(w.section($0.section))" } ?? ""
        case .indicator(let id), .indicatorValue(let id, _, _):
            return agreement.row(ofIndicator: id).flatMap { rowPlace($0.id, agreement, w) } ?? ""
        case .checklistItem, .personalGoal: return ""
        }
    }

    private func rowPlace(_ rowID: ItemID, _ agreement: Agreement, _ w: any Wording) -> String? {
        FormState.rowName(rowID, agreement).map(w.rowName)
    }
}

extension DialogAnswer {
    /// The answer's words, by id.
    var text: AnswerText {
        switch self {
        case .yes: .yes
        case .no: .no
        case .cancel: .cancel
        case .retry: .retry
        case .copy: .copy
        case .quitWithoutSaving: .quitWithoutSaving
        case .restore: .restore
        case .discard: .discard
        case .reload: .reload
        case .overwrite: .overwrite
        case .writeElsewhere: .writeElsewhere
        case .measure: .measure
        case .support: .support
        case .rating(let rating): .rating(rating)
        case .mark(let status): .mark(status)
        case .format(.markdown): .markdown
        case .format(.html): .html
        case .format(.csv): .csv
        case .format(.json): .json
        case .publicCopy: .publicCopy
        case .fullCopy: .fullCopy
        }
    }
}
