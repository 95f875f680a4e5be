import AgreementKit
import AgreementStore

extension English {
    public func wheel(_ text: WheelText) -> String {
        switch text {
        case .next(let date, let title, let days): "Next: \(date) \(title) (\(daysAway(days)))"
        case .nextUndated(let date, let title): "Next: \(date) \(title)"
        case .nextDateOnly(let date, let days): "Next: \(date) (\(daysAway(days)))"
        case .overdueCount(let n): "! \(n) overdue"
        case .overdueShort(let n): "!\(n)"
        case .asOfShort(let date): "as of \(date)"

        case .title(let year): "Annual wheel \(year)"
        case .today: "today"
        case .legend: "! overdue\n» within 14 days\n○ open\n✓ done\n· for information"
        case .legendTitle: "Legend"
        case .noWheelApplies(let municipality, let others):
            others.isEmpty ? "No annual wheel in the store applies to \(municipality)."
                : "No annual wheel in the store applies to \(municipality) (the store has: \(others.joined(separator: ", ")))."
        case .noWheels: "The store has no annual wheel (the folder wheels/)."
        case .fromWheels(let titles): "From the annual wheel: \(titles.joined(separator: ", "))"
        case .unreadableWheels(let first, let more):
            more == 0 ? "Cannot read an annual wheel: \(first)" : "Cannot read \(more + 1) annual wheels, first: \(first)"
        case .nothingDated: "No dates yet. Press d to set meeting dates and deadlines for the agreement."
        case .monthHeading(let month, let year): "\(wheelMonth(month)) \(year)"
        case .quarterTheme(let quarter, let title): "Quarter \(quarter): \(title)"
        case .whenLine(let date, let days): "\(date) (\(days))"
        case .whoLine(let who): "Who: \(who)"
        case .sourceOwn: "The agreement's own date"
        case .sourceStandard: "Standard deadline (not set in the agreement)"
        case .sourceWheel(let title): "From the annual wheel “\(title)”"
        case .sourceConversation(let date): "Agreed in the leader conversation \(date)"
        case .concernsPhase(let phase): "Concerns the phase \(self.phase(phase)) – Enter opens the phase dialog"
        case .concernsMeeting(let kind): "Concerns the \(reviewKind(kind).lowercased()) – Enter starts meeting mode"
        case .concernsIndicator(let name): "Concerns the indicator “\(name)” – Enter shows the goal"
        case .concernsRow(let row): "Concerns \(row) – Enter shows the goal"
        case .concernsConversation(let date): "Enter opens the leader conversation \(date)"
        case .status(let status, let overdue, let dueSoon):
            switch status {
            case .done: "done"
            case .information: "for information"
            case .open: overdue ? "overdue" : dueSoon ? "within 14 days" : "open"
            }
        case .overdueTotal(let n): "\(n) overdue"
        case .dueSoonTotal(let n): "\(n) within 14 days"

        case .markedDone(let title): "Marked as done: \(title)"
        case .markedOpen(let title): "Marked as not done: \(title)"
        case .onlyOwnEventsMark: "Only the unit's own events and follow-ups can be marked as done here"
        case .doneByTheYear(let what): "\(what) is done by the year itself: when the agreement gets there"
        case .noRowWithIndicator(let name): "No row of the agreement has the indicator “\(name)”"
        case .conversationGone(let date): "The leader conversation \(date) no longer exists"
        case .meetingNotNow(let kind, let phase):
            "The \(reviewKind(kind).lowercased()) is held in \(kind == .midYear ? self.phase(.followUp) : self.phase(.assessment)); the agreement is in \(self.phase(phase))"
        case .datesSaved: "The dates are saved"
        case .noteDatesChanged: "dates of the agreement"

        case .datesTitle(let year): "Dates of the agreement \(year) (empty field = no date)"
        case .meetingLabel(let kind): kind == .midYear ? "Mid-year review" : "Year-end assessment (annual review)"
        case .phaseDeadlineLabel(let phase): deadlineTitle(.phase(phase), inSentence: false)

        case .commandAbstract: "Shows the annual wheel: the agreement's dates, the wheel's events and follow-ups."
        case .commandDiscussion:
            """
            Without an agreement, all agreements of the store are shown. Dates count from the time \
            reference: --today, LEDERAVTALE_TODAY, the store's “per” date or today's date. --format ics \
            gives a calendar file (RFC 5545) that Outlook, Google and Apple Calendar import; csv has the \
            columns date, agreement, kind, status, title, who, source and uid.
            """
        case .agreementHelp: "The agreement (id or a unique start of it); without: all agreements."
        case .dueHelp: "Only what falls due in the next DAYS days (default 14), and what is overdue."
        case .monthHelp: "Only one month (1–12)."
        case .formatHelp: "table (default), csv or ics."
        case .outputHelp: "Write to a new file instead of standard output."
        case .monthInvalid(let given): "“\(given)” is not a month (1–12)"
        case .dueInvalid(let given): "“\(given)” is not a number of days (0 or more)"
        case .nothingDue(let days, let from): "Nothing falls due in the next \(days) days from \(from), and nothing is overdue."
        case .nothingInMonth(let month): "No dates in \(month)."
        case .noEntries(let id): "\(id): no dates (set meeting dates and deadlines in the app: h, then d)"
        case .tableDate: "Date"
        case .tableAgreement: "Agreement"
        case .tableKind: "Kind"
        case .tableStatus: "Status"
        case .tableTitle: "What"
        case .tableWho: "Who"
        case .calendarName(let name): "lederavtale – \(name)"
        case .alarm(let title): "Tomorrow: \(title)"
        case .calendarAgreement(let name): "Agreement: \(name)"
        case .daysValueName: "days"
        case .monthValueName: "month"
        case .checkCalendar(let wheels, let guides, let conversations):
            "annual wheels: \(wheels) · conversation guides: \(guides) · leader conversations: \(conversations)"
        }
    }

    public func deadlineTitle(_ source: DeadlineEntry.Source, inSentence: Bool) -> String {
        let title: String
        switch source {
        case .phase(let phase):
            title = switch phase {
            case .agreement: "Deadline for concluding the agreement (signed)"
            case .followUp: "Deadline for the follow-up"
            case .assessment: "Deadline for the year-end assessment"
            case .closed: "Agreement closed"
            }
        case .meeting(let kind): title = kind == .midYear ? "Mid-year review" : "Year-end assessment (annual review)"
        case .wheel(_, _, let event): return event.title
        case .followUp(let item, _): title = "Follow-up: \(item.what)"
        }
        return inSentence ? title.lowercasedFirst : title
    }

    public func deadlineKind(_ entry: DeadlineEntry) -> String {
        if case .followUp = entry.source { return "Follow-up" }
        return switch entry.kind {
        case .deadline: "Deadline"
        case .meeting: "Meeting"
        case .reporting: "Reporting"
        case .survey: "Survey"
        }
    }

    public func wheelRole(_ role: WheelRole) -> String {
        switch role {
        case .politicians: "the politicians"
        case .chiefExecutive: "the chief municipal executive"
        case .director: "the director"
        case .contactPerson: "the contact person"
        case .leader: "the unit leader"
        }
    }

    public func wheelMonth(_ month: Int) -> String {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return (1...12).contains(month) ? names[month - 1] : String(month)
    }

    public func wheelMonthShort(_ month: Int) -> String {
        String(wheelMonth(month).prefix(3))
    }

    public func daysAway(_ days: Int) -> String {
        switch days {
        case 0: "today"
        case 1: "tomorrow"
        case -1: "yesterday"
        case 2...: "in \(days) days"
        default: "\(-days) days ago"
        }
    }

    public func dateProblem(_ input: String, _ problem: DateInputProblem) -> String {
        switch problem {
        case .unreadable: "“\(input)” is not a date (write e.g. 27 Sep 2011, 27.09.2011 or 2011-09-27)"
        case .noSuchMonth(let month): "“\(input)” is not a date: month \(month) does not exist (1–12)"
        case .noSuchYear(let year): "“\(input)” is not a date: the year \(year) is outside 1–9999"
        case .noSuchDay(let day, let month, let year, let count):
            "“\(input)” is not a date: \(wheelMonth(month)) \(year) has \(count) days, not \(day)"
        }
    }

    public func wheelIssue(_ kind: WheelIssue.Kind) -> String {
        switch kind {
        case .invalidSlug(let id): "id “\(id)” must be lower-case letters a–z, digits and hyphens"
        case .blankText: "the text is missing"
        case .duplicateMunicipality(let name): "the municipality “\(name)” is listed twice"
        case .invalidID(let id): "invalid id “\(id.rawValue)”"
        case .duplicateID(let id, let first): "id “\(id.rawValue)” is used before (\(AgreementValidator.render(first)))"
        case .impossibleDate(let day, let month):
            "\(day).\(month) does not exist: \(wheelMonth(month)) never has \(day) days"
        case .outOfRange(let value, let allowed): "\(value) is outside \(allowed.lowerBound)–\(allowed.upperBound)"
        case .leapDayOnly: "29.02 exists only in leap years: the event drops out three years in four"
        case .unsupportedLanguage(let tag): "the language “\(tag)” is unknown (nb, nn or en); its variants are never shown"
        case .unknownVariantPlace(let language, let place): "the “\(language)” variant names “\(place)”, which is not in the file, and is never shown"
        }
    }
}
