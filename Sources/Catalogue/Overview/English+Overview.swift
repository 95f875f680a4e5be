import AgreementKit

extension English {
    public func overview(_ text: OverviewText) -> String {
        switch text {
        case .title: "lederavtale – overview"
        case .matrixTitle: "lederavtale – goal matrix: common result goals per unit"
        case .listTitle: "Agreements"
        case .shown(let shown, let total): shown == total ? count(total, "agreement", "agreements") : "\(shown) of \(count(total, "agreement", "agreements"))"
        case .behind(let n): "\(n) behind"
        case .unreadable(let n): n == 1 ? "1 file cannot be read" : "\(n) files cannot be read"
        case .unreadableLine(let problem): "unreadable: \(problem)"
        case .moreUnreadable(let n): "… and \(n) more (lederavtale check shows them all)"
        case .sortedBy(let column, let descending): "sorted by \(column.lowercased()) \(descending ? "▼" : "▲")"
        case .loading: "Reading the overview …"
        case .noneMatch: "No agreements match the filter."
        case .storeIsEmpty: "The store has no agreements."
        case .mine: "Mine"
        case .contactPerson(let name): "Contact person: \(name)"
        case .serviceArea(let name): name
        case .phase(let name): name
        case .year(let year): String(year)
        case .behindOnly: "Behind"
        case .noName: "“Mine” needs your name: lederavtale config set name \"First Last\""
        case .showingOnly(let what): "Showing only: \(what)"
        case .showingAll(let filter):
            switch filter {
            case .mine: "All contact persons"
            case .serviceArea: "All service areas"
            case .phase: "All phases"
            case .behind: "All, also those not behind"
            case .year: "All years"
            }
        case .unitColumn: "Unit"
        case .totalsTitle: "Totals – goal attainment"
        case .areaTotals(let area, let counts): "\(area): \(counts)"
        case .perServiceArea(let area): "\(area) per service area:"
        case .serviceAreaTotals(let service, let counts): "\(service): \(counts)"
        case .noCommonGoals: "The agreements shown have no common result goals."
        case .noServiceArea: "No service area"
        case .noSuchArea: "The unit does not have this goal area."
        case .matrixLegend: "▲ beyond, ● as agreed, ▼ less than agreed; before the assessment the progress in the phase (B/O/G done/required)"
        case .ratingShort(let rating):
            switch rating {
            case .beyondAgreement: "beyond"
            case .asAgreed: "as agreed"
            case .belowAgreement: "less than"
            }
        case .reportTitle: "Overview of leader agreements"
        case .reportLead(let date, let n, let behind): "As of \(date) · \(count(n, "agreement", "agreements")) · \(behind) behind"
        case .totalsRow: "Total"
        case .publicCopiesHeading: "The agreements – public copies"
        case .sectionFourLeftOut: "Section 4 (personal development goals) is exempt from public access and never part of an export of several agreements."
        case .deadlinesNote:
            "Behind: a deadline has passed without the step being taken. Deadlines: agreement concluded by 1 March, mid-year review by 30 June, year-end assessment by 31 January the year after."
        }
    }

    public func overviewColumn(_ column: OverviewColumn) -> String {
        switch column {
        case .unit: "Unit"
        case .serviceArea: "Service area"
        case .leader: "Leader"
        case .contactPerson: "Contact person"
        case .year: "Year"
        case .phase: "Phase"
        case .progress: "Progress"
        case .deadline: "Next deadline"
        case .log: "Log last 30 days"
        case .ratings: "Goal attainment"
        case .plans: "Open improvement plans"
        }
    }

    public func overviewHeader(_ column: OverviewColumn) -> String {
        switch column {
        case .log: "Log"
        case .ratings: "Rating"
        case .plans: "Plans"
        case .progress: "Progress"
        case .deadline: "Deadline"
        default: overviewColumn(column)
        }
    }

    public func yearStep(_ step: YearStep) -> String {
        switch step {
        case .agreementSigned: "Agreement concluded"
        case .midYearReview: "Mid-year review"
        case .followUpDone: "Follow-up completed"
        case .yearEndMeeting: "Annual review"
        case .yearEndAssessment: "Year-end assessment"
        }
    }

    public func ratingCounts(_ counts: RatingCounts) -> String {
        let named: [(Int, String)] = [(counts.asAgreed, "as agreed"), (counts.beyond, "beyond the agreement"), (counts.below, "less than agreed")]
        // Largest first; equal counts in the order “as agreed”, “beyond”, “less than”.
        let parts = named.enumerated().filter { $0.element.0 > 0 }.sorted { ($1.element.0, $0.offset) < ($0.element.0, $1.offset) }.map { "\($0.element.0) \($0.element.1)" }
        var text = parts.isEmpty ? "none assessed yet" : parts.joined(separator: ", ")
        if !parts.isEmpty, counts.notRated > 0 { text += "; \(counts.notRated) not assessed" }
        return text
    }

    public func phaseAliases(_ phase: Phase) -> [String] {
        switch phase {
        case .agreement: ["agreement", "b", "blue", "inngåelse", "inngaelse", "inngåing"]
        case .followUp: ["follow-up", "followup", "o", "orange", "oppfølging", "oppfolging"]
        case .assessment: ["assessment", "g", "green", "resultatvurdering"]
        case .closed: ["closed", "avsluttet", "avslutta"]
        }
    }

    public var overviewAbstract: String { "The overview of many agreements: phase, progress, deadlines, log, ratings and improvement plans." }
    public var overviewDiscussion: String {
        """
        One line per agreement, from the store's index (the agreements are not read in full). All \
        years are shown without --year. In a terminal, without --format and --output, the overview \
        opens in the app, with the filters given.

        Behind: a deadline has passed, counted from the time reference (--today, \
        LEDERAVTALE_TODAY, the store's “per” date or today's date), without the step being taken. \
        The deadlines are agreement concluded by 1 March, mid-year review by 30 June and \
        year-end assessment by 31 January the year after.

        CSV and JSON have fixed column names: id, unit, serviceArea, leader, contactPerson, year, \
        phase, progressDone, progressRequired, nextDeadline, overdue, logEntries30d, ratingAbove, \
        ratingAsAgreed, ratingBelow, openImprovementPlans. JSON is a list of objects. A file \
        that cannot be read is reported on standard error (and as a line in the table) and gives \
        exit code 1; the rest is shown all the same.
        """
    }
    public var overviewYearHelp: String { "Only agreements for this year." }
    public var overviewContactHelp: String { "Only agreements with this contact person (each word is the start of a word in the name)." }
    public var overviewServiceAreaHelp: String { "Only agreements in this service area (each word is the start of a word in the name)." }
    public var overviewPhaseHelp: String { "Only agreements in this phase: agreement, follow-up, assessment or closed." }
    public var overviewBehindHelp: String { "Only agreements that are behind." }
    public var overviewFormatHelp: String { "The format: table (default), csv, json, markdown (md) or html." }
    public var overviewOutputHelp: String { "Write to the file instead of standard output (the format follows the extension)." }
    public var exportAllHelp: String { "One report for all agreements that match the filters: an overview first, then each unit's public copy." }
    public func phaseInvalid(_ value: String) -> String {
        "“\(value)” is no phase (agreement, follow-up, assessment, closed)"
    }
    public func overviewFormatInvalid(_ value: String, formats: [String]) -> String {
        "the overview is not written as “\(value)” – choose \(formats.joined(separator: ", "))"
    }
    public var exportAgreementOrAll: String { "name one agreement, or use --all for all of them" }
    public var exportFiltersNeedAll: String { "--year, --contact, --service-area, --phase and --behind apply only with --all" }
    public func exportAllFormat(_ format: String) -> String {
        "--all writes html, markdown or csv, not \(format)"
    }
    public func overviewValueName(_ name: OverviewValueName) -> String {
        switch name {
        case .year: "year"
        case .name: "name"
        case .serviceArea: "area"
        case .phase: "phase"
        }
    }
}
