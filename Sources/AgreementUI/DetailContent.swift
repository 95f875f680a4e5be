import AgreementKit

/// Every field of the focused item, with labels: what the detail pane and `Enter` show.
public struct DetailContent: Equatable, Sendable {
    public var title: String
    public var fields: [DetailField]

    /// The detail of whatever has focus: a goals-pane line, a measure or support item, or a log entry.
    public static func of(_ state: AppState) -> DetailContent {
        guard let agreement = state.agreement else { return DetailContent(title: "", fields: []) }
        let selection = state.selection
        switch state.focus {
        case .measures:
            if let item = state.focusedMeasureItem, let content = measureDetail(item, selection: selection, agreement: agreement) { return content }
        case .log:
            if let item = state.focusedLogItem, let content = logDetail(item, selection: selection, agreement: agreement) { return content }
        case .goals:
            break
        }
        return detail(of: selection, in: agreement)
    }

    static func detail(of selection: Selection, in a: Agreement) -> DetailContent {
        switch selection {
        case .none:
            return DetailContent(title: "", fields: [])
        case .about:
            return DetailContent(title: "1 Om avtalen", fields: [
                DetailField(.header(.municipality), in: a, label: "Kommune"),
                DetailField(.header(.unit), in: a, label: "Enhet"),
                DetailField(.header(.serviceArea), in: a, label: "Tjenesteområde"),
                DetailField(.header(.leader), in: a, label: "Enhetsleder"),
                DetailField(.header(.director), in: a, label: "Kommunaldirektør"),
                DetailField(.header(.contactPerson), in: a, label: "Kontaktperson"),
                DetailField(.about(.purpose), in: a, label: "1.1 Avtalens formål"),
                DetailField(.about(.parties), in: a, label: "1.2 Parter"),
                DetailField(.about(.values), in: a, label: "1.3 Felles verdier og rammer"),
                DetailField(.about(.scope), in: a, label: "1.4 Virkeområde"),
                DetailField(.about(.leaderAssessmentBasis), in: a, label: "1.5 Ledervurdering (ett område per linje)"),
            ])
        case .checklist:
            let marked = a.checklist.filter { $0.status != nil }.count
            var fields: [DetailField] = []
            for item in a.checklist {
                fields.append(DetailField(.checklistStatus(item.id), in: a, label: item.task, display: checklistText))
                fields.append(DetailField(.checklistComment(item.id), in: a, label: "Kommentar"))
            }
            return DetailContent(title: "Er følgende oppgaver utført i \(a.header.year)? (\(marked)/\(a.checklist.count))", fields: fields)
        case .goalArea(let area):
            return DetailContent(title: "\(area.section.number) \(area.label)", fields: [
                DetailField(.goalAreaNumber(area.id), in: a, label: "Nummer"),
                DetailField(.goalAreaTitle(area.id), in: a),
                DetailField("Rader", nil, area.rows.map { row in
                    (row.targetNumber.isEmpty ? "• " : "\(row.targetNumber) ") + (row.target.isEmpty ? row.resultGoal : row.target)
                }.joined(separator: "\n")),
                DetailField(.midYearNote(area.id), in: a),
                DetailField(.measuresRating(area.id), in: a, display: ratingText),
                DetailField(.attainmentRating(area.id), in: a, display: ratingText),
                DetailField(.leaderComment(area.id), in: a),
                DetailField(.contactComment(area.id), in: a),
            ])
        case .row(let area, let row):
            return DetailContent(title: "\(area.section.number) \(area.label)" + (row.targetNumber.isEmpty ? "" : " – mål \(row.targetNumber)"), fields: [
                DetailField(.resultGoal(row.id), in: a),
                DetailField(.targetNumber(row.id), in: a, label: "Nummer"),
                DetailField(.target(row.id), in: a),
                DetailField(.indicator(row.id), in: a),
                DetailField(FieldKind.measure.label, .blue, row.measures.map { "• \($0.text)" }.joined(separator: "\n")),
                DetailField(FieldKind.support.label, .blue, row.support.map { "• \($0.text)" }.joined(separator: "\n")),
                DetailField(FieldKind.logEntry.label, .orange, row.log.isEmpty ? "" : "\(row.log.count) loggføringer, siste \(row.log.map(\.date).max()!.display)"),
            ])
        case .amendments:
            return DetailContent(title: "Endringer i avtalen etter inngåelsen (\(a.amendments.count))", fields: a.amendments.map { m in
                DetailField("\(m.date.display) \(m.party.title): \(m.field)", .blue,
                            "Fra: \(m.oldValue.isEmpty ? "–" : m.oldValue)\nTil: \(m.newValue.isEmpty ? "–" : m.newValue)\nBegrunnelse: \(m.reason)")
            })
        case .conditions:
            return DetailContent(title: "3.1 Forhold som kan påvirke resultatoppnåelsen", fields: [
                DetailField(.conditionsDescription, in: a),
                DetailField(.conditionsContactComment, in: a, label: "Kontaktpersons eventuelle kommentarer"),
            ])
        case .personalGoals:
            let fields = a.personalGoals.enumerated().map { DetailField(.personalGoal($0.element.id), in: a, label: "\(FieldKind.personalGoal.label) \($0.offset + 1)") }
            return DetailContent(title: "4 Personlige utviklingsmål – Unntatt offentlighet",
                                 fields: fields.isEmpty ? [DetailField(FieldKind.personalGoal.label, .blue, "Ingen ennå; a legger til.")] : fields)
        }
    }

    private static func measureDetail(_ item: PaneItem, selection: Selection, agreement a: Agreement) -> DetailContent? {
        for row in selection.rows {
            if case .measure(let id) = item.kind, row.measures.contains(where: { $0.id == id }) {
                let linked = row.log.filter { $0.measureID == id }.sorted { $0.date < $1.date }
                return DetailContent(title: "Tiltak" + (row.targetNumber.isEmpty ? "" : " – mål \(row.targetNumber)"), fields: [
                    DetailField(.measure(id), in: a),
                    DetailField(FieldKind.target.label, .blue, row.target),
                    DetailField(FieldKind.logEntry.label, .orange, linked.map { "\($0.date.display)  \($0.text)" }.joined(separator: "\n")),
                ])
            }
            if case .support(let id) = item.kind, row.support.contains(where: { $0.id == id }) {
                return DetailContent(title: "Støtte" + (row.targetNumber.isEmpty ? "" : " – mål \(row.targetNumber)"), fields: [
                    DetailField(.support(id), in: a),
                    DetailField(FieldKind.target.label, .blue, row.target),
                ])
            }
        }
        return nil
    }

    private static func logDetail(_ item: PaneItem, selection: Selection, agreement a: Agreement) -> DetailContent? {
        guard case .log(let id) = item.kind else { return nil }
        for row in selection.rows {
            guard let entry = row.log.first(where: { $0.id == id }) else { continue }
            let measure = entry.measureID.flatMap { m in row.measures.first { $0.id == m } }
            return DetailContent(title: "Loggføring " + entry.date.display, fields: [
                DetailField(.logDate(id), in: a, label: "Dato", display: { LocalDate(iso: $0)?.display ?? $0 }),
                DetailField(.logText(id), in: a),
                DetailField("Gjelder tiltak", .blue, measure?.text ?? ""),
                DetailField(FieldKind.target.label, .blue, row.target),
            ])
        }
        return nil
    }

    /// The three options of a rating with the chosen one marked.
    static func ratingText(_ raw: String) -> String {
        let rating = Rating(rawValue: raw)
        return Rating.allCases.map { ($0 == rating ? "(•) " : "( ) ") + $0.title }.joined(separator: "   ")
    }

    static func checklistText(_ raw: String) -> String {
        switch ChecklistStatus(rawValue: raw) {
        case .done: "☑ Utført"
        case .notDone: "☒ Ikke utført"
        case nil: "☐ ikke markert"
        }
    }
}
