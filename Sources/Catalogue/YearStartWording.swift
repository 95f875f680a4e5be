import AgreementKit
import AgreementStore

/// The words of starting the year and keeping the list tidy: templates, new agreements, next
/// year's agreement, rename, archive and delete — on the command line and in the interface.
public protocol YearStartWording: Sendable {
    // Help of the commands and their options.
    var newAbstract: String { get }
    var newDiscussion: String { get }
    var nextAbstract: String { get }
    var nextDiscussion: String { get }
    var templateAbstract: String { get }
    var templateListAbstract: String { get }
    var templateShowAbstract: String { get }
    var templateNewAbstract: String { get }
    var templateApplyAbstract: String { get }
    var templateApplyDiscussion: String { get }
    var renameAbstract: String { get }
    var archiveAbstract: String { get }
    var deleteAbstract: String { get }
    /// The help of an option or argument of these commands.
    func optionHelp(_ option: YearStartOption) -> String
    /// The value name of an option in usage lines: "enhet", "år", "mal".
    func optionValueName(_ option: YearStartOption) -> String

    /// True for a typed answer that means yes ("j", "ja").
    func answerIsYes(_ answer: String) -> Bool
    /// Why a start-of-year operation was refused or failed (one line, no file prefix of its own).
    func startProblem(_ problem: StartProblem) -> String
    /// A command-line line or an interface text of these features.
    func yearStart(_ text: YearStartText) -> String
    /// What applying a template changed, as one line (and as the field of an amendment).
    func templateChange(_ change: TemplateApplication.Change, in agreement: Agreement) -> (field: String, old: String, new: String)
    /// The note that opens the log of a goal area carried over unmet: the assessment and the
    /// improvement plan it carries.
    func unmetNote(area: GoalArea, year: Int, plan: ImprovementPlan?) -> String
    /// What becomes of one of this year's goal areas in next year's agreement.
    func fate(_ area: Rollover.Area, template: String?, year: Int) -> String
}

/// The options and arguments of the start-of-year commands.
public enum YearStartOption: Sendable {
    case unit, year, municipality, serviceArea, leader, contact, director, template
    case nextYear, drop, dryRun
    case templateName, from, to, all, format
    case renameUnit, reason, restore, yes, archived
}

/// Lines of the start-of-year commands and texts of their screens.
public enum YearStartText: Equatable, Sendable {
    // new
    case created(id: String, path: String)
    case createdFromTemplate(String)
    case createdWithoutTemplate(municipality: String, year: Int)
    /// The status line after «Ny avtale» in the app: which agreement was made, and from what.
    case createdInApp(id: String, template: String?)
    case municipalityNeeded(known: [String])
    case yearNotANumber(String)
    // template
    case templateListHeader
    case templateLine(name: String, municipality: String, year: Int, common: Int, serviceAreas: Int, tasks: Int)
    case noTemplates
    case templateCreated(name: String, path: String)
    case applyHeading(template: String, dryRun: Bool)
    case applyChanged(id: String, changes: Int, amended: Bool, dryRun: Bool)
    case applyUnchanged(id: String)
    case applyKept(String)
    case applySkippedClosed(id: String)
    case applyFailed(id: String, reason: String)
    case applyNotFor(id: String, municipality: String, year: Int)
    case applySummary(changed: Int, unchanged: Int, skipped: Int, failed: Int, dryRun: Bool)
    case applyNeedsTarget
    case templateShowHeading(name: String, municipality: String, year: Int)
    case templateShowSection(String)
    case templateShowServiceArea(String)
    case checkTemplate(name: String, common: Int, serviceAreas: Int, tasks: Int)
    // next
    case nextHeading(from: String, to: String, year: Int)
    case nextEarly(year: Int, phase: String)
    case nextTemplate(String)
    case nextNoTemplate(municipality: String, year: Int)
    case nextCreated(id: String, path: String)
    case nextDryRun
    case nextDropUnknown(String, known: [String])
    case nextAreaLine(name: String, fate: String)
    case nextFreshLine(String)
    // rename, archive, delete, list --archived
    case renamed(from: String, to: String)
    case renamedKeepsID(String)
    case relinked([String])
    case renameReason
    case archived(String)
    case restored(String)
    case deleteQuestion(id: String, unit: String, year: Int)
    case deleteNeedsYes(String)
    case deleted(id: String, folder: String)
    case deleteCancelled
    case noArchived
    // The interface.
    case newAgreementRow
    case newAgreementTitle
    case fieldUnit
    case fieldYear
    case fieldMunicipality
    case fieldServiceArea
    case fieldTemplate
    case templateHint
    case idWillBe(String)
    case unitMissing
    case nextYearTitle(unit: String, year: Int)
    case nextYearFrom(String)
    case nextYearFresh
    case nextYearMakes(id: String)
    case nextYearOnlyAtYearEnd
    case nextYearCarriedNote
    case notToggleable
    case previousLogTitle(year: Int, row: String)
    case previousLogReadOnly
    case noPreviousRow
    case previousMissing(String)
    case measureDone(String)
    case measureNotDone
    case onlyMeasuresAreDone
    case chooseMeasure
}
