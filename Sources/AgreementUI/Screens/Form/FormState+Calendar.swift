import AgreementExport
import AgreementKit
import Catalogue

extension FormState {
    /// The forms of the year's rhythm and the conversation: dates, notes, follow-ups, the leader
    /// assessment of a criterion, the conversation's minutes.
    static func makeCalendar(_ kind: FormKind, core: AppCore) -> FormState {
        let w = core.words
        let agreement = core.agreement
        let schedule = agreement?.schedule ?? AgreementSchedule()
        func field(_ id: FormFieldID, _ label: String, _ text: String = "", multiline: Bool = false) -> FormField {
            FormField(id, label: label, colour: nil, text: text, multiline: multiline)
        }
        switch kind {
        case .schedule:
            func phase(_ p: Phase) -> String { schedule.phaseDeadlines[p].map(w.date) ?? "" }
            return FormState(kind: kind, title: w.wheel(.datesTitle(year: agreement?.header.year ?? core.session.today.year)), fields: [
                field(.midYearMeeting, w.wheel(.meetingLabel(.midYear)), schedule.meetings[.midYear].map(w.date) ?? ""),
                field(.yearEndMeeting, w.wheel(.meetingLabel(.yearEnd)), schedule.meetings[.yearEnd].map(w.date) ?? ""),
                field(.agreementDeadline, w.wheel(.phaseDeadlineLabel(.agreement)), phase(.agreement)),
                field(.followUpDeadline, w.wheel(.phaseDeadlineLabel(.followUp)), phase(.followUp)),
                field(.assessmentDeadline, w.wheel(.phaseDeadlineLabel(.assessment)), phase(.assessment)),
            ])
        case .conversationNotes(let date, let areaID):
            let title = core.companions.conversation(on: date).flatMap { core.companions.guide($0.guideID) }?.areas.first { $0.id == areaID }?.title ?? ""
            let notes = core.companions.conversation(on: date)?.notes(for: areaID).notes ?? ""
            return FormState(kind: kind, title: w.conversation(.notesForm(title)), fields: [field(.notes, w.conversation(.notes), notes, multiline: true)])
        case .followUp(let date, _, let itemID):
            let item = itemID.flatMap { id in core.companions.conversation(on: date)?.followUps.first { $0.id == id } }
            return FormState(kind: kind, title: w.conversation(item == nil ? .followUpForm : .editFollowUpForm), fields: [
                field(.what, w.conversation(.whatLabel), item?.what ?? "", multiline: true),
                field(.who, w.conversation(.whoLabel), item?.who ?? ""),
                field(.due, w.conversation(.dueLabel), item?.due.map(w.date) ?? ""),
                field(.goalRow, w.conversation(.goalRowLabel), item?.goalRowID.flatMap { agreement?.rowReference($0) } ?? ""),
            ])
        case .criterionAssessment(let criterion):
            let current = agreement?.leaderAssessmentSheet.first { $0.criterion == criterion } ?? CriterionAssessment(criterion: criterion)
            func digit(_ rating: Rating?) -> String { rating.flatMap { Rating.allCases.firstIndex(of: $0) }.map { String($0 + 1) } ?? "" }
            return FormState(kind: kind, title: w.conversation(.assessmentForm(criterion)), fields: [
                field(.selfRating, w.conversation(.ratingLabel(selfSide: true)), digit(current.selfRating)),
                field(.selfComment, w.conversation(.commentLabel(selfSide: true)), current.selfComment, multiline: true),
                field(.contactRating, w.conversation(.ratingLabel(selfSide: false)), digit(current.contactRating)),
                field(.contactComment, w.conversation(.commentLabel(selfSide: false)), current.contactComment, multiline: true),
            ])
        case .conversationMinutes(let date):
            let name = "\(agreement?.id ?? "lederavtale")-\(w.conversation(.minutesFileWord))-\(date.iso).md"
            return FormState(kind: kind, title: w.conversation(.minutesForm), fields: [field(.path, w.prompt(.file), name)])
        default:
            return FormState(kind: kind, title: "", fields: [])
        }
    }

    /// `Enter` in one of those forms.
    mutating func confirmCalendar(_ core: inout AppCore) -> Outcome {
        switch kind {
        case .schedule: return confirmSchedule(&core)
        case .conversationNotes(let date, let areaID):
            guard core.mayWriteCalendar(), var conversation = core.companions.conversation(on: date) else { return .pop }
            let notes = text(.notes)
            conversation.updateNotes(for: areaID) { $0.notes = notes }
            return Outcome(effects: core.store(conversation), navigation: [.pop])
        case .followUp(let date, let areaID, let itemID): return confirmFollowUp(date: date, area: areaID, item: itemID, &core)
        case .criterionAssessment(let criterion): return confirmAssessment(criterion, &core)
        case .conversationMinutes(let date):
            let path = text(.path).trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else {
                core.say(.writeSomethingFirst, .warning)
                return .none
            }
            guard MinutesFormat(path: path) != nil else {
                core.status = Status(core.words.conversation(.minutesFormatUnknown(path)), kind: .warning)
                return .none
            }
            guard let agreement = core.agreement, let conversation = core.companions.conversation(on: date) else { return .pop }
            let earlier = core.companions.conversations.filter { $0.date < date }
            return Outcome(effects: [.writeConversationMinutes(conversation, guide: core.companions.guide(conversation.guideID), earlier: earlier,
                                                               agreement: agreement, path: path)], navigation: [.pop])
        default:
            return .pop
        }
    }

    /// A typed date, nil for an empty field; a wrong one is said with its reason and focused.
    private mutating func typedDate(_ id: FormFieldID, year: Int, _ core: inout AppCore) -> LocalDate?? {
        let typed = text(id).trimmingCharacters(in: .whitespaces)
        if typed.isEmpty { return .some(nil) }
        if let date = core.words.parseDate(typed, defaultYear: year) { return .some(date) }
        focus(id)
        core.status = Status(core.words.dateProblem(typed, LocalDate.problem(userInput: typed, defaultYear: year) ?? .unreadable), kind: .error)
        return nil
    }

    private mutating func confirmSchedule(_ core: inout AppCore) -> Outcome {
        guard core.mayWriteCalendar(), let agreement = core.agreement else { return .none }
        let year = agreement.header.year
        var schedule = agreement.schedule
        let fields: [(FormFieldID, (inout AgreementSchedule, LocalDate?) -> Void)] = [
            (.midYearMeeting, { $0.meetings[.midYear] = $1 }),
            (.yearEndMeeting, { $0.meetings[.yearEnd] = $1 }),
            (.agreementDeadline, { $0.phaseDeadlines[.agreement] = $1 }),
            (.followUpDeadline, { $0.phaseDeadlines[.followUp] = $1 }),
            (.assessmentDeadline, { $0.phaseDeadlines[.assessment] = $1 }),
        ]
        for (id, set) in fields {
            guard let date = typedDate(id, year: year, &core) else { return .none }
            set(&schedule, date)
        }
        let note = core.words.wheel(.noteDatesChanged)
        return Outcome(effects: core.commit({ $0.schedule = schedule }, note: note), navigation: [.pop])
    }

    private mutating func confirmFollowUp(date: LocalDate, area: ItemID?, item itemID: ItemID?, _ core: inout AppCore) -> Outcome {
        guard core.mayWriteCalendar(), let agreement = core.agreement else { return .none }
        let what = text(.what).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !what.isEmpty else {
            focus(.what)
            core.say(.writeSomethingFirst, .warning)
            return .none
        }
        guard let due = typedDate(.due, year: agreement.header.year, &core) else { return .none }
        var row: ItemID?
        let reference = text(.goalRow).trimmingCharacters(in: .whitespaces)
        if !reference.isEmpty {
            switch agreement.lookUpRow(reference) {
            case .found(let id): row = id
            case .notFound:
                focus(.goalRow)
                core.status = Status(core.words.conversation(.noSuchGoalRow(reference)), kind: .warning)
                return .none
            case .ambiguous(let ids):
                focus(.goalRow)
                core.status = Status(core.words.conversation(.ambiguousGoalRow(reference, candidates: ids.compactMap { agreement.rowReference($0) })), kind: .warning)
                return .none
            }
        }
        let existing = itemID.flatMap { id in core.companions.conversation(on: date)?.followUps.first { $0.id == id } }
        var item = existing ?? FollowUpItem(id: core.newID(), what: what, areaID: area)
        item.what = what
        item.who = text(.who).trimmingCharacters(in: .whitespaces)
        item.due = due
        item.goalRowID = row
        let effects = core.put(item, agreedOn: date)
        if core.status?.kind != .warning {
            core.status = Status(core.words.conversation(existing == nil ? .followUpAdded(what) : .followUpChanged(what)))
        }
        return Outcome(effects: effects, navigation: [.pop])
    }

    private mutating func confirmAssessment(_ criterion: String, _ core: inout AppCore) -> Outcome {
        guard core.mayWriteCalendar() else { return .none }
        guard let selfRating = typedRating(.selfRating, &core), let contactRating = typedRating(.contactRating, &core) else { return .none }
        let assessment = CriterionAssessment(criterion: criterion, selfRating: selfRating, selfComment: text(.selfComment),
                                             contactRating: contactRating, contactComment: text(.contactComment))
        let effects = core.commit({ $0.setAssessment(assessment) }, note: core.words.conversation(.assessmentSaved(criterion)))
        return Outcome(effects: effects, navigation: [.pop])
    }

    /// The rating typed in the field `id` (`.some(nil)` when left empty); nil, with the field
    /// focused and the status saying why, when it is no rating.
    private mutating func typedRating(_ id: FormFieldID, _ core: inout AppCore) -> Rating?? {
        let typed = text(id).trimmingCharacters(in: .whitespaces)
        guard let rating = Self.rating(typed) else {
            focus(id)
            core.status = Status(core.words.conversation(.ratingUnknown(typed)), kind: .warning)
            return nil
        }
        return rating
    }

    /// "1", "2", "3" for the three ratings, empty for none; nil for anything else.
    static func rating(_ typed: String) -> Rating?? {
        if typed.isEmpty { return .some(nil) }
        guard let digit = Int(typed), Rating.allCases.indices.contains(digit - 1) else { return nil }
        return .some(Rating.allCases[digit - 1])
    }
}
