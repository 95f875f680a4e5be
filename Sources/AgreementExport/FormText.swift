import AgreementKit

/// The wording of the municipal form (Trondheim 2011) and the content of its cells, shared by
/// the Markdown and HTML exports so both lay the agreement out the same way.
enum FormText {
    static let legend: [(PhaseColour, String)] = [
        (.blue, "fylles ut ved inngåelse av lederavtalen"),
        (.orange, "fylles ut løpende og legges fram i forbindelse med midtveissamtalen"),
        (.green, "fylles ut i forbindelse med resultatvurderingen i desember/januar"),
    ]
    static let publicNotice = "Offentlig utgave. Punkt 4 er unntatt offentlighet."
    static let privateNotice = "Inneholder punkt 4, enhetsleders personlige utviklingsmål, som er unntatt offentlighet. Skal ikke deles eller publiseres; bruk --public for en offentlig utgave."
    static let exempt = "Punkt 4 er unntatt offentlighet."

    static let about = "1. Om avtalen"
    static let purpose = "1.1 Avtalens formål"
    static let parties = "1.2 Parter"
    static let values = "1.3 Felles verdier og rammer"
    static let scope = "1.4 Virkeområde"
    static let basis = "1.5 Ledervurdering"
    static let checklistColumns = ["Oppgave", ChecklistStatus.done.title, ChecklistStatus.notDone.title, "Kommentar"]
    static let logColumn = "Logg – gjennomførte tiltak"
    static let judgement = "Enhetsleders vurdering:"
    static let measuresQuestion = "1. Gjennomførte tiltak er:"
    static let attainmentQuestion = "2. Måloppnåelse for enheten er:"
    static let leaderCommentLabel = "Enhetsleders kommentarer til gjennomførte tiltak og oppnådde resultater:"
    static let contactCommentLabel = "Kontaktpersonens kommentar til gjennomførte tiltak og oppnådde resultater:"
    static let midYearLabel = "Notat fra midtveissamtalen:"
    static let conditionsLeaderLabel = "Enhetsleders beskrivelse:"
    static let conditionsContactLabel = "Kontaktpersons eventuelle kommentarer:"
    static let personalGoals = "4. Enhetsleders personlige utviklingsmål"
    static let noPersonalGoals = "Ingen personlige utviklingsmål er ført inn."
    static let amendments = "Endringer i avtalen"
    static let amendmentColumns = ["Dato", "Felt", "Før", "Etter", "Begrunnelse", "Endret av"]
    static let signOffs = "Signaturer"
    static let signOffColumns = ["Fase", "Rolle", "Navn", "Dato"]
    static let reviews = "Samtaler"
    static let reviewColumns = ["Samtale", "Dato"]
    static let improvementPlans = "Forbedringsplaner"
    static let mark = "X"

    static func title(_ a: Agreement) -> String { "Lederavtale \(a.header.year) – \(a.header.unit)" }
    static func checklistQuestion(_ a: Agreement) -> String { "Er følgende oppgaver utført i \(a.header.year)?" }
    static func basisIntro(_ a: Agreement) -> String { "Følgende områder danner grunnlaget for ledervurdering i \(a.header.year):" }
    static func resultGoals(_ a: Agreement) -> String { "2. Resultatmål \(a.header.year)" }
    static func ownPriorities(_ a: Agreement) -> String { "3. Enhetens egne satsingsområder \(a.header.year)" }
    static func conditions(_ a: Agreement) -> String {
        "3.1 Organisatoriske, driftsmessige eller bygningsmessige forhold som kan påvirke resultatoppnåelsen \(a.header.year)"
    }
    static func section(_ s: GoalSection) -> String { "\(s.number) \(s.title)" }

    /// The header fields (blue): label and value. The phase follows them as "Fase".
    static func header(_ a: Agreement) -> [(String, String)] {
        [
            ("Kommune", a.header.municipality), ("Enhet", a.header.unit), ("Tjenesteområde", a.header.serviceArea),
            ("År", String(a.header.year)), ("Enhetsleder", a.header.leader), ("Kommunaldirektør", a.header.director),
            ("Kontaktperson", a.header.contactPerson),
        ]
    }
    static let phaseLabel = "Fase"

    /// The column titles of a goal area's table, each with the colour of its fields.
    static func goalColumns(_ area: GoalArea, unit: String) -> [(String, PhaseColour)] {
        let first = area.section == .common && !area.number.isEmpty ? "Resultatmål \(area.number)" : "Resultatmål"
        return [(first, .blue), ("Mål for \(unit)", .blue), ("Tiltak", .blue), ("Støtte", .blue), (logColumn, .orange)]
    }

    /// The heading of a goal area's result assessment, worded as in the form.
    static func assessmentHeading(_ area: GoalArea) -> String {
        let number = area.number.isEmpty ? "" : " \(area.number)"
        switch area.section {
        case .common: return "Resultatvurdering av lederavtalens felles resultatmål\(number): \(area.title)"
        case .serviceArea: return "Resultatvurdering av lederavtalens resultatmål\(number) for tjenesteområdet: \(area.title)"
        case .own: return "Resultatvurdering enhetens resultatmål\(number): \(area.title)"
        }
    }

    /// The lines of the unit's target cell: the target after its number (unless it starts with it), the indicator.
    static func targetLines(_ row: GoalRow) -> [String] {
        var lines: [String] = []
        switch (row.targetNumber.isEmpty, row.target.isEmpty) {
        case (false, true): lines.append(row.targetNumber)
        case (false, false) where !row.target.hasPrefix(row.targetNumber): lines.append("\(row.targetNumber) \(row.target)")
        case (_, false): lines.append(row.target)
        case (true, true): break
        }
        if !row.indicator.isEmpty { lines.append("Indikator: \(row.indicator)") }
        return lines
    }

    /// A row's log, sorted by date (stable), one line per entry with the linked measure named.
    static func logLines(_ row: GoalRow) -> [String] {
        sortedLog(row.log).map { entry in
            var line = "\(entry.date.display): \(entry.text)"
            if let measure = measureText(entry, in: row) { line += " (tiltak: \(measure))" }
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

    /// "(Kontaktperson 05.12.2011)" for a comment with a stamp.
    static func stamp(_ stamp: Stamp?) -> String? {
        stamp.map { "(\($0.party.title), \($0.date.display))" }
    }

    /// The rows of an amendment table.
    static func amendmentRows(_ a: Agreement) -> [[String]] {
        a.amendments.map { [$0.date.display, $0.field, $0.oldValue, $0.newValue, $0.reason, $0.party.title] }
    }

    static func signOffRows(_ a: Agreement) -> [[String]] {
        a.signOffs.map { [$0.phase.title, $0.party.title, $0.name, $0.date.display] }
    }

    static func reviewRows(_ a: Agreement) -> [[String]] {
        a.reviews.map { [$0.kind.title, $0.date.display] }
    }

    /// An improvement plan's heading: the goal area it belongs to.
    static func planHeading(_ plan: ImprovementPlan, in a: Agreement) -> String {
        guard let area = a.goalArea(plan.goalAreaID) else { return "Målområde som er slettet" }
        return "\(area.section.number) \(area.label)"
    }

    static func planLines(_ plan: ImprovementPlan) -> [String] {
        var lines = ["Avtalt \(plan.created.display)."]
        if !plan.followUpDates.isEmpty {
            lines.append("Oppfølgingssamtaler: " + plan.followUpDates.map(\.display).joined(separator: ", ") + ".")
        }
        return lines
    }

    /// A short title for a row: its number and the first line of its target (or result goal).
    static func rowTitle(_ row: GoalRow, index: Int) -> String {
        let text = [row.target, row.resultGoal].first { !$0.isEmpty }.map { String($0.split(separator: "\n").first ?? "") } ?? ""
        switch (row.targetNumber.isEmpty, text.isEmpty) {
        case (true, true): return "Rad \(index + 1)"
        case (true, false): return text
        case (false, true): return "Mål \(row.targetNumber)"
        case (false, false): return text.hasPrefix(row.targetNumber) ? text : "\(row.targetNumber) \(text)"
        }
    }
}
