import AgreementKit
import AgreementStore

/// The words of the year's rhythm: the annual wheel's events, roles and kinds, the agreement's
/// own dates, the wheel view, the header's «Neste», the `wheel` command and the calendar file.
public protocol WheelWording: Sendable {
    /// A text of the wheel view, the header, the dates form or the `wheel` command.
    func wheel(_ text: WheelText) -> String
    /// The title of a dated entry: the wheel event's own title, "Midtveissamtale", "Frist for
    /// inngåelse", "Oppfølging: …"; `inSentence` gives the form used after "Neste:".
    func deadlineTitle(_ source: DeadlineEntry.Source, inSentence: Bool) -> String
    /// What kind of entry: "Frist", "Møte", "Rapportering", "Undersøkelse", "Oppfølging".
    func deadlineKind(_ entry: DeadlineEntry) -> String
    /// Who takes part: "politikerne", "rådmannen" …
    func wheelRole(_ role: WheelRole) -> String
    /// "januar" … "desember".
    func wheelMonth(_ month: Int) -> String
    /// "jan" … "des", three letters.
    func wheelMonthShort(_ month: Int) -> String
    /// How far a date is from the time reference: "i dag", "om 12 dager", "for 3 dager siden".
    func daysAway(_ days: Int) -> String
    /// Why typed text is not a date: "31.02.2011 finnes ikke: februar 2011 har 28 dager".
    func dateProblem(_ input: String, _ problem: DateInputProblem) -> String
    /// A fault in an annual wheel file.
    func wheelIssue(_ kind: WheelIssue.Kind) -> String
}

/// The texts of the wheel view, the header, the dates form and the `wheel` command.
public enum WheelText: Equatable, Sendable {
    // The header.
    /// "Neste: 27.09 midtveissamtale (om 12 dager)".
    case next(date: String, title: String, days: Int)
    /// "Neste: 27.09 midtveissamtale", when the days have no room.
    case nextUndated(date: String, title: String)
    /// "Neste: 27.09 (om 12 dager)", when the title has no room.
    case nextDateOnly(date: String, days: Int)
    /// "! 2 forfalt".
    case overdueCount(Int)
    /// "!2", when there is little room.
    case overdueShort(Int)
    /// «per 15.09», the date without its year, when there is little room.
    case asOfShort(String)

    // The wheel view.
    case title(year: Int)
    case today
    /// What the marks mean, one per line.
    case legend
    case legendTitle
    case noWheelApplies(municipality: String, others: [String])
    case noWheels
    case fromWheels([String])
    case unreadableWheels(first: String, more: Int)
    case nothingDated
    case monthHeading(month: Int, year: Int)
    case quarterTheme(quarter: Int, title: String)
    case whenLine(date: String, days: String)
    case whoLine(String)
    case sourceOwn
    /// A step of the year on its standard date (neither the agreement nor a wheel set one).
    case sourceStandard
    case sourceWheel(String)
    case sourceConversation(String)
    case concernsPhase(Phase)
    case concernsMeeting(Review.Kind)
    case concernsIndicator(String)
    case concernsRow(String)
    case concernsConversation(String)
    case status(DeadlineEntry.Status, overdue: Bool, dueSoon: Bool)
    case overdueTotal(Int)
    case dueSoonTotal(Int)

    // Actions and their answers.
    case markedDone(String)
    case markedOpen(String)
    case onlyOwnEventsMark
    case doneByTheYear(String)
    case noRowWithIndicator(String)
    case conversationGone(String)
    case meetingNotNow(Review.Kind, Phase)
    case datesSaved
    case noteDatesChanged

    // The dates form.
    case datesTitle(year: Int)
    case meetingLabel(Review.Kind)
    case phaseDeadlineLabel(Phase)

    // The `wheel` command.
    case commandAbstract
    case commandDiscussion
    case agreementHelp
    case dueHelp
    case monthHelp
    case formatHelp
    case outputHelp
    case monthInvalid(String)
    case dueInvalid(String)
    case nothingDue(days: Int, from: String)
    case nothingInMonth(String)
    case noEntries(String)
    case tableDate
    case tableAgreement
    case tableKind
    case tableStatus
    case tableTitle
    case tableWho
    /// The calendar's name: "lederavtale – Hoeggen skole 2011".
    case calendarName(String)
    /// The reminder the day before a deadline: "I morgen: …".
    case alarm(String)
    case calendarAgreement(String)
    /// The value names of `--due` and `--month` in usage lines.
    case daysValueName
    case monthValueName
    /// `check`: the files beside the agreements.
    case checkCalendar(wheels: Int, guides: Int, conversations: Int)
}
