import AgreementKit
import Catalogue

/// The content of the municipal form's cells (Trondheim 2011) in one language, shared by the
/// Markdown and HTML exports so both lay the agreement out the same way. Every word comes from
/// the catalogue; this type only decides what goes where.
struct FormText {
    let words: any Wording
    /// The mark in a chosen option's box.
    static let mark = "X"

    /// A fixed text of the exports.
    func callAsFunction(_ text: ExportText) -> String { words.export(text) }

    func title(_ a: Agreement) -> String { words.exportTitle(year: a.header.year, unit: a.header.unit) }
    func section(_ s: GoalSection) -> String { "\(s.number) \(words.section(s))" }

    /// "Blå", "Oransje", "Grønn": a colour's name as the first word of a legend line.
    func colourName(_ colour: PhaseColour) -> String {
        let name = words.colour(colour)
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    /// The header fields (blue): label and value. The phase follows them.
    func header(_ a: Agreement) -> [(String, String)] {
        [
            (self(.municipality), a.header.municipality), (self(.unit), a.header.unit), (self(.serviceArea), a.header.serviceArea),
            (self(.year), String(a.header.year)), (self(.leader), a.header.leader), (self(.director), a.header.director),
            (self(.contactPerson), a.header.contactPerson),
        ]
    }

    /// The checklist's column titles.
    var checklistColumns: [String] {
        [self(.task), words.checklistStatus(.done), words.checklistStatus(.notDone), self(.comment)]
    }

    /// The column titles of a goal area's table, each with the colour of its fields.
    func goalColumns(_ area: GoalArea, unit: String) -> [(String, PhaseColour)] {
        let number = area.section == .common ? area.number : ""
        return [
            (words.resultGoalColumn(number: number), .blue), (words.unitTargetColumn(unit: unit), .blue),
            (self(.measuresColumn), .blue), (self(.supportColumn), .blue), (self(.logColumn), .orange),
        ]
    }

    /// The heading of a goal area's result assessment, worded as in the form.
    func assessmentHeading(_ area: GoalArea) -> String {
        words.assessmentHeading(section: area.section, number: area.number, title: area.title)
    }

    /// The lines of the unit's target cell: the target after its number (unless it starts with it), the indicator.
    func targetLines(_ row: GoalRow) -> [String] {
        var lines: [String] = []
        switch (row.targetNumber.isEmpty, row.target.isEmpty) {
        case (false, true): lines.append(row.targetNumber)
        case (false, false) where !row.target.hasPrefix(row.targetNumber): lines.append("\(row.targetNumber) \(row.target)")
        case (_, false): lines.append(row.target)
        case (true, true): break
        }
        if !row.indicator.isEmpty { lines.append(words.indicator(row.indicator)) }
        let indicators = IndicatorText(words: words)
        lines += row.indicators.map(indicators.measured)
        if let links = indicators.planLinks(row.planLinks) { lines.append(links) }
        return lines
    }

    /// A row's log, sorted by date (stable), one line per entry with the linked measure named.
    func logLines(_ row: GoalRow) -> [String] {
        Self.sortedLog(row.log).map { entry in
            var line = "\(words.date(entry.date)): \(entry.text)"
            if let measure = Self.measureText(entry, in: row) { line += " " + words.linkedMeasure(measure) }
            return line
        }
    }

    /// Log entries by date, keeping the recorded order for entries of the same day.
    static func sortedLog(_ log: [LogEntry]) -> [LogEntry] {
        log.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }

    /// The text of the measure a log entry reports on, if it still exists.
    static func measureText(_ entry: LogEntry, in row: GoalRow) -> String? {
        guard let id = entry.measureID else { return nil }
        return row.measures.first { $0.id == id }?.text
    }

    /// "(Kontaktperson, 05.12.2011)" for a comment with a stamp.
    func stamp(_ stamp: Stamp?) -> String? {
        stamp.map { "(\(words.party($0.party)), \(words.date($0.date)))" }
    }

    var amendmentColumns: [String] { [self(.date), self(.field), self(.before), self(.after), self(.reason), self(.changedBy)] }
    var signOffColumns: [String] { [self(.phase), self(.role), self(.name), self(.date)] }
    var reviewColumns: [String] { [self(.review), self(.date)] }

    /// The rows of an amendment table.
    func amendmentRows(_ a: Agreement) -> [[String]] {
        a.amendments.map { [words.date($0.date), $0.field, $0.oldValue, $0.newValue, $0.reason, words.person($0.person, as: $0.party)] }
    }

    var roleChangeColumns: [String] { [words.handover(.fromColumn), self(.role), self(.before), self(.after), self(.reason), self(.changedBy)] }

    /// The rows of the table of new leaders and contact persons during the year.
    func roleChangeRows(_ a: Agreement) -> [[String]] {
        a.roleChanges.map { [words.date($0.from), words.party($0.role), $0.previous, $0.name, $0.reason, words.person($0.person, as: $0.party)] }
    }

    func signOffRows(_ a: Agreement) -> [[String]] {
        a.signOffs.map { [words.phase($0.phase), words.party($0.party), $0.name, words.date($0.date)] }
    }

    func reviewRows(_ a: Agreement) -> [[String]] {
        a.reviews.map { [words.reviewKind($0.kind), words.date($0.date)] }
    }

    /// An improvement plan's heading: the goal area it belongs to.
    func planHeading(_ plan: ImprovementPlan, in a: Agreement) -> String {
        guard let area = a.goalArea(plan.goalAreaID) else { return self(.deletedGoalArea) }
        return "\(area.section.number) \(area.label)"
    }

    func planLines(_ plan: ImprovementPlan) -> [String] {
        var lines = [words.planAgreed(on: plan.created)]
        if !plan.followUpDates.isEmpty { lines.append(words.planFollowUps(plan.followUpDates)) }
        return lines
    }
}
