import AgreementKit

/// The words of the exports (Markdown, HTML and its print copy, CSV), the log report and the
/// meeting minutes. Fixed texts are `ExportText` ids; texts that carry values are functions.
public protocol ExportWording: Sendable {
    /// The language of the texts as a BCP 47 tag for documents: "nb".
    var languageTag: String { get }
    /// A fixed text: "Offentlig utgave. Punkt 4 er unntatt offentlighet."
    func export(_ text: ExportText) -> String
    /// "Lederavtale 2011 – Hoeggen skole".
    func exportTitle(year: Int, unit: String) -> String
    /// What a colour means in the form: "fylles ut ved inngåelse av lederavtalen".
    func legend(_ colour: PhaseColour) -> String
    /// "Er følgende oppgaver utført i 2011?"
    func checklistQuestion(year: Int) -> String
    /// "Følgende områder danner grunnlaget for ledervurdering i 2011:"
    func assessmentBasisIntro(year: Int) -> String
    /// "2. Resultatmål 2011".
    func resultGoalsHeading(year: Int) -> String
    /// "3. Enhetens egne satsingsområder 2011".
    func ownPrioritiesHeading(year: Int) -> String
    /// "3.1 Organisatoriske, driftsmessige eller bygningsmessige forhold … 2011".
    func conditionsHeading(year: Int) -> String
    /// The first column of a goal table: "Resultatmål 1", or "Resultatmål" without a number.
    func resultGoalColumn(number: String) -> String
    /// The unit's own column: "Mål for Hoeggen skole".
    func unitTargetColumn(unit: String) -> String
    /// The heading of a goal area's result assessment, worded as in the form.
    func assessmentHeading(section: GoalSection, number: String, title: String) -> String
    /// "Indikator: Redusere strømutgifter".
    func indicator(_ text: String) -> String
    /// The measure a log entry reports on: "(tiltak: Dugnad)".
    func linkedMeasure(_ text: String) -> String
    /// An improvement plan's date: "Avtalt 05.12.2011."
    func planAgreed(on date: LocalDate) -> String
    /// An improvement plan's follow-up meetings: "Oppfølgingssamtaler: 15.01.2012, 15.02.2012."
    func planFollowUps(_ dates: [LocalDate]) -> String
    /// A row without target or result goal: "Rad 3"; with only a target number: "Mål 1.2".
    func rowTitle(index: Int, targetNumber: String) -> String
    /// The page number in the print copy's footer, around the two counters: "side ", " av ", "".
    var pageNumberParts: (before: String, between: String, after: String) { get }

    /// The log report's title: "Logg – Hoeggen skole 2011".
    func logTitle(unit: String, year: Int) -> String
    /// The log report's period: "01.03.2011–30.06.2011", "fra …", "til …" or "hele året".
    func logPeriod(from: LocalDate?, to: LocalDate?) -> String
    /// "Periode: til 30.06.2011 · 4 loggføringer".
    func logSummary(period: String, entries: Int) -> String

    /// "Referat – Resultatvurdering 2011".
    func minutesTitle(kind: Review.Kind, year: Int) -> String
    /// Who kept the minutes: "ført av kontaktperson".
    func minutesKeptBy(_ party: Party) -> String
    /// A person by role in the minutes' byline: "enhetsleder Kari Nordmann".
    func minutesPerson(_ party: Party, name: String) -> String
    /// "Fase: Resultatvurdering".
    func minutesPhase(_ phase: Phase) -> String
    /// The log entries of a row since the last review: "(3 loggføringer)".
    func minutesLogCount(_ count: Int) -> String
    /// "Sjekkliste: er oppgavene utført i 2011?"
    func minutesChecklistHeading(year: Int) -> String
    /// "Vurdert 3 av 14 målområder."
    func minutesRated(_ rated: Int, of total: Int) -> String

    /// The export file exists and overwriting was not asked for.
    func exportFileExists(_ path: String) -> String
    /// Writing an export failed.
    func exportWriteFailed(path: String, reason: String) -> String
    /// The agreement could not be encoded.
    func exportEncodingFailed(_ reason: String) -> String
}
