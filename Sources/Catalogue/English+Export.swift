import AgreementKit

extension English {
    public var languageTag: String { "en" }

    public func export(_ text: ExportText) -> String {
        switch text {
        case .publicNotice: "Public copy. Section 4 is exempt from public access."
        case .privateNotice:
            "Contains section 4, the unit leader's personal development goals, which are exempt from public access. Do not share or publish it; use --public for a public copy."
        case .exempt: "Section 4 is exempt from public access."
        case .municipality: "Municipality"
        case .unit: "Unit"
        case .serviceArea: "Service area"
        case .year: "Year"
        case .leader: "Unit leader"
        case .director: "Director"
        case .contactPerson: "Contact person"
        case .phase: "Phase"
        case .agreementColumn: "Agreement"
        case .legendLead: "Colour codes"
        case .about: "1. About the agreement"
        case .purpose: "1.1 Purpose of the agreement"
        case .parties: "1.2 Parties"
        case .values: "1.3 Shared values and framework"
        case .scope: "1.4 Scope"
        case .basis: "1.5 Leader assessment"
        case .task: "Task"
        case .comment: "Comment"
        case .noGoalAreas: "No goal areas."
        case .measuresColumn: "Measures"
        case .supportColumn: "Support"
        case .logColumn: "Log – measures carried out"
        case .judgement: "The unit leader's assessment:"
        case .measuresQuestion: "1. Measures carried out are:"
        case .attainmentQuestion: "2. The unit's goal attainment is:"
        case .leaderCommentLabel: "The unit leader's comments on measures carried out and results achieved:"
        case .contactCommentLabel: "The contact person's comment on measures carried out and results achieved:"
        case .midYearLabel: "Note from the mid-year review:"
        case .conditionsLeaderLabel: "The unit leader's description:"
        case .conditionsContactLabel: "The contact person's comments, if any:"
        case .personalGoals: "4. The unit leader's personal development goals"
        case .noPersonalGoals: "No personal development goals have been entered."
        case .personalGoalsPhrase: "personal development goals"
        case .amendments: "Amendments to the agreement"
        case .date: "Date"
        case .field: "Field"
        case .before: "Before"
        case .after: "After"
        case .reason: "Reason"
        case .changedBy: "Changed by"
        case .signOffs: "Sign-offs"
        case .role: "Role"
        case .name: "Name"
        case .reviews: "Reviews"
        case .review: "Review"
        case .improvementPlans: "Improvement plans"
        case .deletedGoalArea: "Deleted goal area"
        case .signatures: "Signatures"
        case .place: "Place"
        case .chiefExecutiveSignature: "Chief municipal executive / director"
        case .documentKind: "Leader agreement"
        case .publicFileSuffix: "public"
        case .csvSection: "Section"
        case .csvGoalArea: "Goal area"
        case .csvResultGoal: "Result goal"
        case .csvTargetNumber: "Target number"
        case .csvTarget: "Unit target"
        case .csvIndicator: "Indicator"
        case .csvMeasures: "Measures"
        case .csvSupport: "Support"
        case .csvLogCount: "Log entries"
        case .csvMeasuresRating: "Measures carried out are"
        case .csvAttainmentRating: "The unit's goal attainment is"
        case .logTarget: "Target"
        case .logDone: "Measure carried out"
        case .logMeasure: "Measure in the agreement"
        case .logEmpty: "No log entries in the period."
        case .minutesGoalAreas: "Goal areas"
        case .minutesNotRated: "not assessed"
        case .minutesSummary: "Summary"
        case .minutesRating: "Rating"
        case .minutesMeasures: "Measures carried out"
        case .minutesAttainment: "Goal attainment"
        case .minutesPlan: "Improvement plan"
        case .minutesFollowUps: "Follow-up conversations"
        case .minutesProcedure: "Procedure"
        }
    }

    public func exportTitle(year: Int, unit: String) -> String { "Leader agreement \(year) – \(unit)" }

    public func legend(_ colour: PhaseColour) -> String {
        switch colour {
        case .blue: "filled in when the leader agreement is made"
        case .orange: "filled in as the year goes and presented at the mid-year review"
        case .green: "filled in at the year-end assessment in December/January"
        }
    }

    public func checklistQuestion(year: Int) -> String { "Have the following tasks been carried out in \(year)?" }
    public func assessmentBasisIntro(year: Int) -> String { "The following areas form the basis of the leader assessment in \(year):" }
    public func resultGoalsHeading(year: Int) -> String { "2. Result goals \(year)" }
    public func ownPrioritiesHeading(year: Int) -> String { "3. The unit's own priorities \(year)" }

    public func conditionsHeading(year: Int) -> String {
        "3.1 Organisational, operational or building conditions that may affect the results \(year)"
    }

    public func resultGoalColumn(number: String) -> String { number.isEmpty ? "Result goal" : "Result goal \(number)" }
    public func unitTargetColumn(unit: String) -> String { "Target for \(unit)" }

    public func assessmentHeading(section: GoalSection, number: String, title: String) -> String {
        let number = number.isEmpty ? "" : " \(number)"
        return switch section {
        case .common: "Result assessment of the agreement's common result goal\(number): \(title)"
        case .serviceArea: "Result assessment of the agreement's result goal\(number) for the service area: \(title)"
        case .own: "Result assessment of the unit's result goal\(number): \(title)"
        }
    }

    public func indicator(_ text: String) -> String { "Indicator: \(text)" }
    public func linkedMeasure(_ text: String) -> String { "(measure: \(text))" }
    public func planAgreed(on date: LocalDate) -> String { "Agreed \(self.date(date))." }

    public func planFollowUps(_ dates: [LocalDate]) -> String {
        "Follow-up conversations: " + dates.map(self.date).joined(separator: ", ") + "."
    }

    public func rowTitle(index: Int, targetNumber: String) -> String {
        targetNumber.isEmpty ? "Row \(index + 1)" : "Target \(targetNumber)"
    }

    public var pageNumberParts: (before: String, between: String, after: String) { ("page ", " of ", "") }

    public func logTitle(unit: String, year: Int) -> String { "Log – \(unit) \(year)" }

    public func logPeriod(from: LocalDate?, to: LocalDate?) -> String {
        switch (from, to) {
        case let (f?, t?): "\(date(f))–\(date(t))"
        case let (f?, nil): "from \(date(f))"
        case let (nil, t?): "until \(date(t))"
        case (nil, nil): "the whole year"
        }
    }

    public func logSummary(period: String, entries: Int) -> String {
        "Period: \(period) · \(count(entries, "log entry", "log entries"))"
    }

    public func minutesTitle(kind: Review.Kind, year: Int) -> String { "Minutes – \(reviewKind(kind)) \(year)" }
    public func minutesKeptBy(_ party: Party) -> String { "kept by the \(partyInSentence(party))" }
    public func minutesPerson(_ party: Party, name: String) -> String { "\(partyInSentence(party)) \(name)" }
    public func minutesPhase(_ phase: Phase) -> String { "Phase: \(self.phase(phase))" }
    public func minutesLogCount(_ n: Int) -> String { "(\(count(n, "log entry", "log entries")))" }
    public func minutesChecklistHeading(year: Int) -> String { "Checklist: have the tasks been carried out in \(year)?" }
    public func minutesRated(_ rated: Int, of total: Int) -> String { "Assessed \(rated) of \(total) goal areas." }

    public func exportFileExists(_ path: String) -> String {
        "\(path) already exists; choose another name or use --force to overwrite it"
    }

    public func exportWriteFailed(path: String, reason: String) -> String { "\(path): could not write: \(reason)" }
    public func exportEncodingFailed(_ reason: String) -> String { "could not make the export: \(reason)" }
}
