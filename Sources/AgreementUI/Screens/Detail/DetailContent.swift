import AgreementKit
import Catalogue

/// Every field of a subject, with labels: what the detail pane and `Enter` show.
public struct DetailContent: Equatable, Sendable {
    public var title: String
    public var fields: [DetailField]

    /// The detail of a goals-pane line, or of a measure, support item or log entry.
    public static func of(_ subject: DetailSubject, in a: Agreement, words w: any Wording, glyphs: Glyphs = .unicode) -> DetailContent {
        var content: DetailContent
        switch subject {
        case .node(let node):
            content = detail(of: Selection(node: node, agreement: a), in: a, words: w, glyphs: glyphs)
        case .item(let item, let node):
            let rows = Selection(node: node, agreement: a).rows
            content = itemDetail(item, rows: rows, in: a, words: w) ?? detail(of: Selection(node: node, agreement: a), in: a, words: w, glyphs: glyphs)
        }
        if !a.conflicts.isEmpty {
            for i in content.fields.indices {
                if let ref = content.fields[i].ref, let conflict = a.conflict(on: ref) { content.fields[i].mark(conflict, words: w) }
            }
        }
        return content
    }

    static func detail(of selection: Selection, in a: Agreement, words w: any Wording, glyphs: Glyphs = .unicode) -> DetailContent {
        func field(_ ref: FieldRef, display: (String) -> String = { $0 }) -> DetailField {
            DetailField(label(of: ref, in: a, words: w), ref.kind.colour, display(a.value(of: ref) ?? ""), ref: ref)
        }
        switch selection {
        case .none:
            return DetailContent(title: "", fields: [])
        case .about:
            let header = FieldRef.HeaderField.allCases.map { field(.header($0)) }
            let about = FieldRef.AboutField.allCases.map { field(.about($0)) }
            return DetailContent(title: w.screen(.aboutHeading), fields: header + roleRecord(a, words: w) + about)
        case .checklist:
            let marked = a.checklist.filter { $0.status != nil }.count
            var fields: [DetailField] = []
            for item in a.checklist {
                fields.append(field(.checklistStatus(item.id), display: { checklistText($0, words: w) }))
                fields.append(field(.checklistComment(item.id)))
            }
            return DetailContent(title: w.screen(.checklistTitle(year: a.header.year, marked: marked, total: a.checklist.count)), fields: fields)
        case .goalArea(let area):
            return DetailContent(title: "\(area.section.number) \(area.label)", fields: [
                field(.goalAreaNumber(area.id)),
                field(.goalAreaTitle(area.id)),
                DetailField(w.screen(.rows), nil, area.rows.map { row in
                    (row.targetNumber.isEmpty ? "• " : "\(row.targetNumber) ") + (row.target.isEmpty ? row.resultGoal : row.target)
                }.joined(separator: "\n")),
                field(.midYearNote(area.id)),
                field(.measuresRating(area.id), display: { ratingText($0, words: w) }),
                field(.attainmentRating(area.id), display: { ratingText($0, words: w) }),
                field(.leaderComment(area.id)),
                field(.contactComment(area.id)),
            ])
        case .row(let area, let row):
            let last = row.log.map(\.date).max()
            return DetailContent(title: "\(area.section.number) \(area.label)" + (row.targetNumber.isEmpty ? "" : " – " + w.screen(.target(row.targetNumber))), fields: [
                field(.resultGoal(row.id)),
                field(.targetNumber(row.id)),
                field(.target(row.id)),
                DetailField(w.indicatorScreen(.rowIndicators), .orange, row.indicators.isEmpty ? w.indicatorScreen(.noMeasuredIndicators)
                    : row.indicators.map { IndicatorSummary.line($0, glyphs: glyphs, words: w) }.joined(separator: "\n")),
                field(.indicator(row.id)),
                field(.planLinks(row.id), display: { _ in planLinksText(row.planLinks, words: w) }),
                DetailField(w.fieldLabel(.measure), .blue, w.measureLines(row.measures).joined(separator: "\n")),
                DetailField(w.fieldLabel(.support), .blue, w.supportLines(row.support).joined(separator: "\n")),
                DetailField(w.fieldLabel(.logEntry), .orange, last.map { w.screen(.logSummary(count: row.log.count, last: w.date($0))) } ?? ""),
            ])
        case .amendments:
            return DetailContent(title: w.screen(.amendmentsTitle(a.amendments.count)), fields: a.amendments.map { m in
                DetailField("\(w.date(m.date)) \(w.person(m.person, as: m.party)): \(m.field)", .blue,
                            w.screen(.amendmentRecord(old: m.oldValue, new: m.newValue, reason: m.reason)))
            })
        case .conditions:
            return DetailContent(title: w.screen(.conditionsTitle), fields: [field(.conditionsDescription), field(.conditionsContactComment)])
        case .personalGoals:
            let fields = a.personalGoals.map { field(.personalGoal($0.id)) }
            return DetailContent(title: w.screen(.personalGoalsTitle),
                                 fields: fields.isEmpty ? [DetailField(w.fieldLabel(.personalGoal), .blue, w.screen(.noPersonalGoals))] : fields)
        }
    }

    private static func itemDetail(_ item: ItemRef, rows: [GoalRow], in a: Agreement, words w: any Wording) -> DetailContent? {
        func field(_ ref: FieldRef, display: (String) -> String = { $0 }) -> DetailField {
            DetailField(label(of: ref, in: a, words: w), ref.kind.colour, display(a.value(of: ref) ?? ""), ref: ref)
        }
        for row in rows {
            let target = row.targetNumber.isEmpty ? "" : " – " + w.screen(.target(row.targetNumber))
            switch item {
            case .measure(let id) where row.measures.contains { $0.id == id }:
                let linked = row.log.filter { $0.measureID == id }.sorted { $0.date < $1.date }
                return DetailContent(title: w.fieldLabel(.measure) + target, fields: [
                    field(.measure(id)),
                    DetailField(w.fieldLabel(.target), .blue, row.target),
                    DetailField(w.fieldLabel(.logEntry), .orange, linked.map { "\(w.date($0.date))  \($0.text)" }.joined(separator: "\n")),
                ])
            case .support(let id) where row.support.contains { $0.id == id }:
                return DetailContent(title: w.fieldLabel(.support) + target, fields: [
                    field(.support(id)),
                    DetailField(w.fieldLabel(.target), .blue, row.target),
                ])
            case .logEntry(let id):
                guard let entry = row.log.first(where: { $0.id == id }) else { continue }
                let measure = entry.measureID.flatMap { m in row.measures.first { $0.id == m } }
                return DetailContent(title: w.screen(.logEntryTitle(w.date(entry.date))), fields: [
                    field(.logDate(id), display: { LocalDate(iso: $0).map(w.date) ?? $0 }),
                    field(.logText(id)),
                    DetailField(w.screen(.aboutMeasure), .blue, measure?.text ?? ""),
                    DetailField(w.fieldLabel(.target), .blue, row.target),
                ])
            default:
                continue
            }
        }
        return nil
    }

    /// Who held the leader's and the contact person's role when, once either changed hands
    /// during the year (read-only: `P` records a change).
    static func roleRecord(_ a: Agreement, words w: any Wording) -> [DetailField] {
        guard !a.roleChanges.isEmpty else { return [] }
        let lines = [Party.leader, .contactPerson].filter { role in a.roleChanges.contains { $0.role == role } }
            .map { w.handover(.holders(role: $0, a.holders(of: $0))) }
        return [DetailField(w.handover(.recordTitle), .blue, lines.joined(separator: "\n"))]
    }

    /// The label of a field as the detail and its form show it.
    public static func label(of ref: FieldRef, in agreement: Agreement?, words w: any Wording) -> String {
        switch ref {
        case .header(let f): w.screen(.headerField(f))
        case .about(let f): w.screen(.aboutField(f))
        case .checklistStatus(let id): agreement?.checklist.first { $0.id == id }?.task ?? w.fieldLabel(.checklistStatus)
        case .goalAreaNumber, .targetNumber: w.prompt(.number)
        case .logDate: w.prompt(.date)
        case .personalGoal(let id):
            w.fieldLabel(.personalGoal) + (agreement?.personalGoals.firstIndex { $0.id == id }.map { " \($0 + 1)" } ?? "")
        case .conditionsContactComment: w.screen(.conditionsContactComment)
        default: w.fieldLabel(ref.kind)
        }
    }

    /// A row's plan links for people: "S.1, 1.a (kuo-2018-2021)", by plan.
    static func planLinksText(_ links: [PlanLink], words w: any Wording) -> String {
        var plans: [String] = []
        for link in links where !plans.contains(link.plan) { plans.append(link.plan) }
        return plans.map { plan in links.filter { $0.plan == plan }.map(\.code).joined(separator: ", ") + " (\(plan))" }.joined(separator: "; ")
    }

    /// The three options of a rating with the chosen one marked.
    static func ratingText(_ raw: String, words w: any Wording) -> String {
        let rating = Rating(rawValue: raw)
        return Rating.allCases.map { ($0 == rating ? "(•) " : "( ) ") + w.rating($0) }.joined(separator: "   ")
    }

    static func checklistText(_ raw: String, words w: any Wording) -> String {
        switch ChecklistStatus(rawValue: raw) {
        case .done: "☑ " + w.checklistStatus(.done)
        case .notDone: "☒ " + w.checklistStatus(.notDone)
        case nil: "☐ " + w.checklistStatus(nil)
        }
    }
}
