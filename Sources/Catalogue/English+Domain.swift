import AgreementKit

extension English {
    public func phase(_ phase: Phase) -> String {
        switch phase {
        case .agreement: "Agreement"
        case .followUp: "Follow-up"
        case .assessment: "Assessment"
        case .closed: "Closed"
        }
    }

    public func rating(_ rating: Rating) -> String {
        switch rating {
        case .beyondAgreement: "Beyond the agreement"
        case .asAgreed: "As agreed"
        case .belowAgreement: "Less than agreed"
        }
    }

    public func checklistStatus(_ status: ChecklistStatus?) -> String {
        switch status {
        case .done: "Done"
        case .notDone: "Not done"
        case nil: "not marked"
        }
    }

    public func reviewKind(_ kind: Review.Kind) -> String {
        switch kind {
        case .midYear: "Mid-year review"
        case .yearEnd: "Year-end assessment"
        }
    }

    public func party(_ party: Party) -> String {
        switch party {
        case .leader: "Unit leader"
        case .contactPerson: "Contact person"
        case .director: "Director"
        }
    }

    public func partyInSentence(_ party: Party) -> String {
        self.party(party).lowercased()
    }

    public func person(_ name: String, as party: Party) -> String {
        name.isEmpty ? self.party(party) : "\(name) (\(partyInSentence(party)))"
    }

    public func colour(_ colour: PhaseColour) -> String {
        switch colour {
        case .blue: "blue"
        case .orange: "orange"
        case .green: "green"
        }
    }

    public func fieldLabel(_ kind: FieldKind) -> String {
        switch kind {
        case .header: "Parties"
        case .aboutText: "About the agreement"
        case .checklistTask: "Task"
        case .checklistStatus: "Done?"
        case .checklistComment: "Comment"
        case .goalAreaTitle: "Goal area"
        case .resultGoal: "Result goal"
        case .target: "Unit target"
        case .indicator: "Indicator"
        case .indicatorResult: "Indicator value"
        case .measureDone: "Carried out"
        case .planLink: "Action plan"
        case .measure: "Measure"
        case .support: "Support"
        case .logEntry: "Log"
        case .midYearNote: "Note from the mid-year review"
        case .measuresRating: "Measures carried out are"
        case .attainmentRating: "The unit's goal attainment is"
        case .leaderComment: "Unit leader's comment"
        case .contactComment: "Contact person's comment"
        case .conditionsDescription: "Unit leader's description"
        case .conditionsContactComment: "Contact person's comment"
        case .personalGoal: "Personal development goal"
        }
    }

    public func section(_ section: GoalSection) -> String {
        switch section {
        case .common: "Common result goals"
        case .serviceArea: "Result goals of the service area"
        case .own: "The unit's own result goals"
        }
    }

    public func itemNoun(_ item: ItemRef) -> String {
        switch item {
        case .goalArea: "the goal area"
        case .row: "the row"
        case .measure: "the measure"
        case .support: "the support item"
        case .logEntry: "the log entry"
        case .checklistItem: "the task"
        case .personalGoal: "the development goal"
        case .indicator: "the indicator"
        case .indicatorValue(_, let kind, _): indicatorValueNoun(kind)
        }
    }

    public func refusal(_ editability: Editability) -> String? {
        switch editability {
        case .allowed: nil
        case .needsAmendment: "Agreed in Agreement – a change needs a reason"
        case .notYet(let phase): "Filled in during \(self.phase(phase))"
        case .closed: "The agreement is closed – read-only"
        case .ownedBy(let party): "This field is written by the \(partyInSentence(party)) – read-only for you"
        case .readOnly: "The agreement is open in another session – read-only here"
        }
    }

    public func gap(_ gap: Gap) -> String {
        let name = gap.name.map(rowName) ?? ""
        return switch gap.kind {
        case .conditionsMissing: "3.1 lacks the unit leader's description"
        case .goalAreaWithoutRows: "\(name): no rows"
        case .rowWithoutTarget: "\(name): no unit target"
        case .rowWithoutMeasures: "\(name): no measures"
        case .rowWithoutLog: "\(name): no log entries"
        case .goalAreaNotRated: "\(name): not assessed"
        case .checklistUnmarked: "Checklist: “\(gap.task ?? "")” is not marked"
        }
    }

    public func fieldError(_ error: FieldError) -> String {
        switch error {
        case .missing: "The field no longer exists"
        case .unknownMark(let value): "Unknown mark “\(value)”"
        case .unknownRating(let value): "Unknown rating “\(value)”"
        case .notADate(let value, let year): "“\(value)” is not a date (write e.g. 14 Mar \(year))"
        case .reasonMissing: "A change to the agreement needs a reason"
        case .notAPlanLink(let value): "“\(value)” is not a link to the action plan (write plan/code, e.g. kuo-2018-2021/S.1)"
        }
    }

    public func validation(_ issue: ValidationIssue.Kind) -> String {
        switch issue {
        case .invalidItemID(let id): "invalid id “\(id)”"
        case .duplicateItemID(let id, let first): "id “\(id)” is used before (\(first))"
        case .invalidAgreementID(let id): "agreement id “\(id)” must be lower-case letters a–z, digits and hyphens"
        case .unreasonableYear(let year): "the year \(year) is unreasonable"
        case .unitWithoutName: "the unit has no name"
        case .goalAreaWithoutTitle: "the goal area has no title"
        case .logLinksMissingMeasure(let id): "the log entry refers to a measure “\(id)” that is not in the row"
        case .logDateOutsideYear(let date, let year): "the date \(self.date(date)) is outside the agreement's year \(year)"
        case .indicatorWithoutName: "the indicator has no name"
        case .duplicatePeriod(let period): "the period \(self.period(period)) appears twice in the same series"
        case .valueOutOfRange(let value, let unit): numberProblem(.outOfRange(value, unit))
        case .valueNotFinite: "the value is not a finite number"
        case .invalidPlanLink(let link): "“\(link)” is not a valid link to an action plan (plan/code)"
        case .invalidTemplateName(let name): "the template name “\(name)” must be lower-case letters a–z, digits and hyphens"
        case .templateNameMismatch(let found, let file): "the template is called “\(found)”, but its file is called “\(file)”"
        case .municipalityWithoutName: "the municipality has no name"
        case .taskWithoutText: "the task has no text"
        }
    }

    public func progress(_ p: Progress) -> String {
        "log \(p.rowsWithLog)/\(p.rows) rows · assessed \(p.goalAreasAssessed)/\(p.goalAreas) · checklist \(p.checklistMarked)/\(p.checklistTotal)"
    }

    public func place(_ place: FieldPlace) -> String {
        switch place {
        case .about: "1 About the agreement"
        case .checklist(let task): "Checklist · \(task)"
        case .goalArea(let name): rowName(name)
        case .row(let name): name.targetNumber.isEmpty ? name.area : "\(name.area) · target \(name.targetNumber)"
        case .item(let name, .measure, let n): "\(self.place(.row(name))) · measure \(n)"
        case .item(let name, .support, let n): "\(self.place(.row(name))) · support \(n)"
        case .logEntry(let name, let date): "\(self.place(.row(name))) · log entry \(self.date(date))"
        case .conditions: "3.1"
        case .personalGoals: "4"
        case .unknown: "–"
        }
    }

    public func fieldAt(_ place: FieldPlace, label: String?) -> String {
        guard let label, !label.isEmpty else { return self.place(place) }
        return "\(self.place(place)) · \(label.prefix(1).lowercased() + label.dropFirst())"
    }

    public func rowName(_ name: RowName) -> String {
        if !name.targetNumber.isEmpty { return "\(name.area), target \(name.targetNumber)" }
        if !name.excerpt.isEmpty { return "\(name.area), “\(name.excerpt)…”" }
        return name.area
    }

    public var redacted: String { "(exempt from public access)" }

    public var unmetGoalProcedure: [String] {
        [
            "The director tells the unit leader the assessment.",
            "The unit leader explains why the goal was not reached.",
            "A concrete improvement plan is agreed.",
            "Follow-up conversations are held every month.",
        ]
    }
}
