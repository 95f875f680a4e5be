import AgreementKit

/// Random edits of an agreement from the domain's own operations — the log, measures, support,
/// targets, ratings, comments, checklist marks, moves and deletions — as two people make them
/// at the same time on two machines. Seeded, so a failing round can be replayed.
public struct RandomEdits {
    public var generator: SplitMix64
    /// Who edits: log entries and ids are told apart by it.
    public var name: String

    public init(seed: UInt64, name: String) {
        generator = SplitMix64(seed: seed)
        self.name = name
    }

    /// The kinds of edit, each one of the domain's operations.
    public enum Edit: String, CaseIterable, Sendable {
        case addLogEntry, editLogEntry, deleteLogEntry, addMeasure, editMeasure, deleteMeasure, moveMeasure, addSupport
        case editTarget, rate, comment, midYearNote, markChecklist, addChecklistItem, editConditions, addPersonalGoal
    }

    public mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &generator) }

    mutating func text() -> String {
        let words = ["Økt", "lesing", "på", "småtrinnet", "«MOT»", "sykefravær", "ned", "til", "6 %", "æøå", "møte", "med", "FAU"]
        return (0..<int(1...5)).map { _ in words[int(0...words.count - 1)] }.joined(separator: " ") + " (\(name))"
    }

    /// A new id no other editor makes.
    public mutating func id() -> ItemID { ItemID.random(using: &generator) }

    /// Applies `count` random edits; returns what was done, in order.
    @discardableResult
    public mutating func apply(_ count: Int, to agreement: inout Agreement) -> [Edit] {
        (0..<count).compactMap { _ in apply(to: &agreement) }
    }

    /// Applies one random edit; nil when the agreement had nothing it could apply to.
    public mutating func apply(to agreement: inout Agreement) -> Edit? {
        let edit = Edit.allCases[int(0...Edit.allCases.count - 1)]
        let rows = agreement.allRows
        guard !rows.isEmpty, !agreement.goalAreas.isEmpty else { return nil }
        let row = rows[int(0...rows.count - 1)]
        let area = agreement.goalAreas[int(0...agreement.goalAreas.count - 1)]
        let year = agreement.header.year
        switch edit {
        case .addLogEntry:
            let measure = row.measures.isEmpty || int(0...1) == 0 ? nil : row.measures[int(0...row.measures.count - 1)].id
            agreement.addLogEntry(LogEntry(id: id(), date: LocalDate(year: year, month: int(1...12), day: int(1...28))!, text: text(), measureID: measure), to: row.id)
        case .editLogEntry:
            guard let entry = row.log.randomElement(using: &generator) else { return nil }
            _ = agreement.set(.logText(entry.id), to: text())
        case .deleteLogEntry:
            guard let entry = row.log.randomElement(using: &generator) else { return nil }
            agreement.delete(.logEntry(entry.id))
        case .addMeasure:
            agreement.addMeasure(Measure(id: id(), text: text()), to: row.id, after: row.measures.randomElement(using: &generator)?.id)
        case .editMeasure:
            guard let measure = row.measures.randomElement(using: &generator) else { return nil }
            _ = agreement.set(.measure(measure.id), to: text())
        case .deleteMeasure:
            guard let measure = row.measures.randomElement(using: &generator) else { return nil }
            agreement.delete(.measure(measure.id))
        case .moveMeasure:
            guard let measure = row.measures.randomElement(using: &generator) else { return nil }
            agreement.move(.measure(measure.id), by: int(0...1) == 0 ? -1 : 1)
        case .addSupport:
            agreement.addSupport(SupportItem(id: id(), text: text()), to: row.id)
        case .editTarget:
            _ = agreement.set(.target(row.id), to: text())
        case .rate:
            let rating = Rating.allCases[int(0...Rating.allCases.count - 1)]
            _ = agreement.set(int(0...1) == 0 ? .measuresRating(area.id) : .attainmentRating(area.id), to: rating.rawValue)
        case .comment:
            _ = agreement.set(int(0...1) == 0 ? .leaderComment(area.id) : .contactComment(area.id), to: text())
        case .midYearNote:
            _ = agreement.set(.midYearNote(area.id), to: text())
        case .markChecklist:
            guard let item = agreement.checklist.randomElement(using: &generator) else { return nil }
            _ = agreement.set(.checklistStatus(item.id), to: int(0...1) == 0 ? "done" : "notDone")
        case .addChecklistItem:
            agreement.addChecklistItem(ChecklistItem(id: id(), task: text()))
        case .editConditions:
            _ = agreement.set(.conditionsDescription, to: text())
        case .addPersonalGoal:
            agreement.addPersonalGoal(PersonalGoal(id: id(), text: text()))
        }
        return edit
    }
}
