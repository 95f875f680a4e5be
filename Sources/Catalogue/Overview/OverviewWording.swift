import AgreementKit

/// The words of the overview and the goal matrix, and of the commands `overview` and
/// `export --all`: the texts, the columns, the steps of the year, ratings rolled up in words.
public protocol OverviewWording: Sendable {
    func overview(_ text: OverviewText) -> String
    /// A column's name, in reports and in "sortert etter …": "Neste frist".
    func overviewColumn(_ column: OverviewColumn) -> String
    /// A column's heading on the screen, where room is short: "Logg", "Planer".
    func overviewHeader(_ column: OverviewColumn) -> String
    /// A step of the year with a deadline: "Avtalen inngått".
    func yearStep(_ step: YearStep) -> String
    /// Goal-attainment ratings in words, largest count first: "9 i tråd med, 4 ut over, 2 mindre
    /// enn avtalen"; the unrated after a semicolon; "ingen vurdert ennå" when none is rated.
    func ratingCounts(_ counts: RatingCounts) -> String
    /// A phase as an argument (`--phase`): every word accepted for it, lower-case.
    func phaseAliases(_ phase: Phase) -> [String]

    // The command line.
    var overviewAbstract: String { get }
    var overviewDiscussion: String { get }
    var overviewYearHelp: String { get }
    var overviewContactHelp: String { get }
    var overviewServiceAreaHelp: String { get }
    var overviewPhaseHelp: String { get }
    var overviewBehindHelp: String { get }
    var overviewFormatHelp: String { get }
    var overviewOutputHelp: String { get }
    var exportAllHelp: String { get }
    /// `--phase` that names no phase.
    func phaseInvalid(_ value: String) -> String
    /// `--format` that `overview` does not write.
    func overviewFormatInvalid(_ value: String, formats: [String]) -> String
    /// `export` given both an agreement and `--all`, or neither.
    var exportAgreementOrAll: String { get }
    /// A filter of `export` given without `--all`.
    var exportFiltersNeedAll: String { get }
    /// `export --all --format json` (or `--public`, always implied).
    func exportAllFormat(_ format: String) -> String
    /// Value names in usage lines: ÅR, NAVN, OMRÅDE, FASE.
    func overviewValueName(_ name: OverviewValueName) -> String
}

/// The values the filters of `overview` and `export --all` take.
public enum OverviewValueName: Sendable {
    case year, name, serviceArea, phase
}
