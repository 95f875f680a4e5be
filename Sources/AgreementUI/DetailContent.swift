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
            if let item = state.focusedMeasureItem, let content = measureDetail(item, selection: selection) { return content }
        case .log:
            if let item = state.focusedLogItem, let content = logDetail(item, selection: selection) { return content }
        case .goals:
            break
        }
        return detail(of: selection, in: agreement)
    }

    static func detail(of selection: Selection, in agreement: Agreement) -> DetailContent {
        switch selection {
        case .none:
            return DetailContent(title: "", fields: [])
        case .about:
            let a = agreement.about
            return DetailContent(title: "1 Om avtalen", fields: [
                DetailField("Kommune", .blue, agreement.header.municipality),
                DetailField("Enhet", .blue, agreement.header.unit),
                DetailField("Tjenesteområde", .blue, agreement.header.serviceArea),
                DetailField("Enhetsleder", .blue, agreement.header.leader),
                DetailField("Kommunaldirektør", .blue, agreement.header.director),
                DetailField("Kontaktperson", .blue, agreement.header.contactPerson),
                DetailField("1.1 Avtalens formål", .blue, a.purpose),
                DetailField("1.2 Parter", .blue, a.parties),
                DetailField("1.3 Felles verdier og rammer", .blue, a.values),
                DetailField("1.4 Virkeområde", .blue, a.scope),
                DetailField("1.5 Ledervurdering", .blue, a.leaderAssessmentBasis.map { "• \($0)" }.joined(separator: "\n")),
            ])
        case .checklist:
            let marked = agreement.checklist.filter { $0.status != nil }.count
            return DetailContent(title: "Er følgende oppgaver utført i \(agreement.header.year)? (\(marked)/\(agreement.checklist.count))", fields: agreement.checklist.map { item in
                let mark = item.status.map { $0 == .done ? "☑ \($0.title)" : "☒ \($0.title)" } ?? "☐ ikke markert"
                return DetailField(item.task, .green, item.comment.isEmpty ? mark : "\(mark) – \(item.comment)")
            })
        case .goalArea(let area):
            let s = area.assessment
            return DetailContent(title: "\(area.section.number) \(area.label)", fields: [
                DetailField(.goalAreaTitle, area.label),
                DetailField("Rader", nil, area.rows.map { row in
                    (row.targetNumber.isEmpty ? "• " : "\(row.targetNumber) ") + (row.target.isEmpty ? row.resultGoal : row.target)
                }.joined(separator: "\n")),
                DetailField(.midYearNote, area.midYearNote),
                DetailField(.measuresRating, ratingText(s.measuresRating)),
                DetailField(.attainmentRating, ratingText(s.attainmentRating)),
                DetailField(.leaderComment, s.leaderComment),
                DetailField(.contactComment, s.contactComment),
            ])
        case .row(let area, let row):
            return DetailContent(title: "\(area.section.number) \(area.label)" + (row.targetNumber.isEmpty ? "" : " – mål \(row.targetNumber)"), fields: [
                DetailField(.resultGoal, row.resultGoal),
                DetailField(.target, row.target),
                DetailField(.indicator, row.indicator),
                DetailField(.measure, row.measures.map { "• \($0.text)" }.joined(separator: "\n")),
                DetailField(.support, row.support.map { "• \($0.text)" }.joined(separator: "\n")),
                DetailField(.logEntry, row.log.isEmpty ? "" : "\(row.log.count) loggføringer, siste \(row.log.map(\.date).max()!.display)"),
            ])
        case .conditions:
            return DetailContent(title: "3.1 Forhold som kan påvirke resultatoppnåelsen", fields: [
                DetailField(.conditionsDescription, agreement.conditions.leaderDescription),
                DetailField("Kontaktpersons eventuelle kommentarer", .green, agreement.conditions.contactComment),
            ])
        case .personalGoals:
            return DetailContent(title: "4 Personlige utviklingsmål – Unntatt offentlighet", fields:
                agreement.personalGoals.isEmpty
                    ? [DetailField(.personalGoal, "")]
                    : agreement.personalGoals.enumerated().map { DetailField("\(FieldKind.personalGoal.label) \($0.offset + 1)", .blue, $0.element.text) })
        }
    }

    private static func measureDetail(_ item: PaneItem, selection: Selection) -> DetailContent? {
        for row in selection.rows {
            if case .measure(let id) = item.kind, let measure = row.measures.first(where: { $0.id == id }) {
                let linked = row.log.filter { $0.measureID == id }.sorted { $0.date < $1.date }
                return DetailContent(title: "Tiltak" + (row.targetNumber.isEmpty ? "" : " – mål \(row.targetNumber)"), fields: [
                    DetailField(.measure, measure.text),
                    DetailField(.target, row.target),
                    DetailField(.logEntry, linked.map { "\($0.date.display)  \($0.text)" }.joined(separator: "\n")),
                ])
            }
            if case .support(let id) = item.kind, let support = row.support.first(where: { $0.id == id }) {
                return DetailContent(title: "Støtte" + (row.targetNumber.isEmpty ? "" : " – mål \(row.targetNumber)"), fields: [
                    DetailField(.support, support.text),
                    DetailField(.target, row.target),
                ])
            }
        }
        return nil
    }

    private static func logDetail(_ item: PaneItem, selection: Selection) -> DetailContent? {
        guard case .log(let id) = item.kind else { return nil }
        for row in selection.rows {
            guard let entry = row.log.first(where: { $0.id == id }) else { continue }
            let measure = entry.measureID.flatMap { m in row.measures.first { $0.id == m } }
            return DetailContent(title: "Loggføring " + entry.date.display, fields: [
                DetailField("Dato", .orange, entry.date.display),
                DetailField(.logEntry, entry.text),
                DetailField("Gjelder tiltak", .blue, measure?.text ?? ""),
                DetailField(.target, row.target),
            ])
        }
        return nil
    }

    private static func ratingText(_ rating: Rating?) -> String {
        Rating.allCases.map { ($0 == rating ? "(•) " : "( ) ") + $0.title }.joined(separator: "   ")
    }
}
