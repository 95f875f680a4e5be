import AgreementKit

extension AppState {
    /// `m`: the mid-year review in Oppfølging, the year-end assessment in Resultatvurdering.
    mutating func startMeeting() {
        guard let agreement else { return }
        let kind: Review.Kind
        switch agreement.phase {
        case .followUp: kind = .midYear
        case .assessment: kind = .yearEnd
        case .agreement, .closed:
            status = StatusMessage("Møtemodus brukes i Oppfølging (midtveissamtalen) og Resultatvurdering (årsvurderingen)", kind: .warning)
            return
        }
        let order = [GoalSection.common, .serviceArea, .own].flatMap { section in
            agreement.goalAreas.indices.filter { agreement.goalAreas[$0].section == section }
        }
        var meeting = MeetingState(kind: kind, order: order)
        // Start where the work is: the first goal area not yet rated.
        if kind == .yearEnd, let first = order.firstIndex(where: { agreement.goalAreas[$0].assessment.state != .complete }) {
            meeting.step = .area(first)
            meeting.focus = agreement.goalAreas[order[first]].assessment.measuresRating == nil ? .measures : .attainment
        }
        self.meeting = meeting
        overlay = nil
        status = nil
    }

    /// The goal area of the current meeting step, if it is one.
    var meetingArea: GoalArea? {
        guard let meeting, let agreement, case .area(let i) = meeting.step, meeting.order.indices.contains(i),
              agreement.goalAreas.indices.contains(meeting.order[i]) else { return nil }
        return agreement.goalAreas[meeting.order[i]]
    }

    mutating func meetingCommand(_ command: Command) -> [Effect] {
        guard var meeting, let agreement else { return [] }
        switch command {
        case .rateBeyond: return rate(.beyondAgreement)
        case .rateAsAgreed: return rate(.asAgreed)
        case .rateBelow: return rate(.belowAgreement)
        case .markDone: return mark(.done)
        case .markNotDone: return mark(.notDone)
        case .nextStep:
            meeting.step = step(after: meeting.step, in: meeting, agreement: agreement)
            meeting.focus = .measures
            meeting.scroll = 0
            self.meeting = meeting
            return arrived()
        case .previousStep:
            meeting.step = step(before: meeting.step, in: meeting, agreement: agreement)
            meeting.focus = .measures
            meeting.scroll = 0
            self.meeting = meeting
        case .moveUp:
            meeting.scroll = max(0, meeting.scroll - 1)
            self.meeting = meeting
        case .moveDown:
            meeting.scroll += 1
            self.meeting = meeting
        case .comment:
            beginMeetingComment()
        case .stepBack:
            return stepBack()
        case .writeMinutes:
            let name = "\(agreement.id)-referat-\(today.iso).md"
            modal = .edit(EditForm(title: "Skriv referatet (Markdown) til", purpose: .writeMinutes(meeting.kind),
                                   fields: [FormField(label: "Fil", colour: nil, text: name, multiline: false)]))
        case .improvementPlan:
            beginImprovementPlan()
        case .leaveMeeting:
            self.meeting = nil
            status = StatusMessage("Møtemodus avsluttet; alt er lagret")
        default:
            break
        }
        return []
    }

    /// The step after `step`: next area, then (year-end) the checklist, then the summary.
    private func step(after step: MeetingState.Step, in meeting: MeetingState, agreement: Agreement) -> MeetingState.Step {
        switch step {
        case .area(let i) where i + 1 < meeting.order.count: return .area(i + 1)
        case .area: return meeting.kind == .yearEnd && !agreement.checklist.isEmpty ? .checklist(0) : .summary
        case .checklist(let i) where i + 1 < agreement.checklist.count: return .checklist(i + 1)
        case .checklist, .summary: return .summary
        }
    }

    private func step(before step: MeetingState.Step, in meeting: MeetingState, agreement: Agreement) -> MeetingState.Step {
        switch step {
        case .area(let i): return .area(max(0, i - 1))
        case .checklist(let i) where i > 0: return .checklist(i - 1)
        case .checklist: return meeting.order.isEmpty ? .checklist(0) : .area(meeting.order.count - 1)
        case .summary:
            if meeting.kind == .yearEnd && !agreement.checklist.isEmpty { return .checklist(agreement.checklist.count - 1) }
            return meeting.order.isEmpty ? .summary : .area(meeting.order.count - 1)
        }
    }

    /// `1`/`2`/`3`: sets the focused rating and moves on (measures → attainment → next goal area).
    private mutating func rate(_ rating: Rating) -> [Effect] {
        guard var meeting, let area = meetingArea else { return [] }
        guard meeting.kind == .yearEnd else {
            status = StatusMessage("Vurderingen gjøres ved resultatvurderingen; her: c for notat, → for neste", kind: .warning)
            return []
        }
        let field: FieldRef = meeting.focus == .measures ? .measuresRating(area.id) : .attainmentRating(area.id)
        guard allowedInMeeting(field.kind) else { return [] }
        meeting.trail.append(.init(step: meeting.step, focus: meeting.focus, field: field, previous: agreement?.value(of: field) ?? ""))
        if meeting.focus == .measures {
            meeting.focus = .attainment
        } else {
            meeting.focus = .measures
            meeting.step = step(after: meeting.step, in: meeting, agreement: agreement!)
            meeting.scroll = 0
        }
        self.meeting = meeting
        let label = field.kind == .measuresRating ? "Tiltak" : "Måloppnåelse"
        return commit({ _ = $0.set(field, to: rating.rawValue) }, note: "\(area.label): \(label) \(rating.title.lowercased())") + arrived()
    }

    /// `u`/`i` at the checklist step: marks the task and moves on.
    private mutating func mark(_ status: ChecklistStatus) -> [Effect] {
        guard var meeting, let agreement, case .checklist(let i) = meeting.step, agreement.checklist.indices.contains(i) else { return [] }
        let item = agreement.checklist[i]
        let field = FieldRef.checklistStatus(item.id)
        guard allowedInMeeting(field.kind) else { return [] }
        meeting.trail.append(.init(step: meeting.step, focus: meeting.focus, field: field, previous: item.status?.rawValue ?? ""))
        meeting.step = step(after: meeting.step, in: meeting, agreement: agreement)
        self.meeting = meeting
        return commit({ _ = $0.set(field, to: status.rawValue) }, note: "\(item.task): \(status.title.lowercased())") + arrived()
    }

    /// `Backspace`: puts back the value set last and returns to where it was set.
    private mutating func stepBack() -> [Effect] {
        guard var meeting, let last = meeting.trail.popLast() else {
            status = StatusMessage("Ingenting å gå tilbake til i dette møtet", kind: .warning)
            return []
        }
        meeting.step = last.step
        meeting.focus = last.focus
        self.meeting = meeting
        return commit({ _ = $0.set(last.field, to: last.previous) }, note: "Tilbake: \(last.field.kind.label) som før")
    }

    /// Reaching the summary records the meeting as held (once a day per kind).
    private mutating func arrived() -> [Effect] {
        guard let meeting, meeting.step == .summary, let agreement else { return [] }
        let review = Review(kind: meeting.kind, date: today)
        guard !agreement.reviews.contains(review) else { return [] }
        return commit({ $0.reviews.append(review) }, note: "\(meeting.kind.title) registrert \(today.display)")
    }

    private mutating func allowedInMeeting(_ kind: FieldKind) -> Bool {
        guard agreement != nil else { return false }
        let editability = editability(kind)
        if !editability.isAllowed { status = StatusMessage(refusal(editability), kind: .warning) }
        return editability.isAllowed
    }

    /// `c`: both comments at year-end (both parties at one keyboard), the follow-up note at mid-year.
    private mutating func beginMeetingComment() {
        guard let meeting, let area = meetingArea else {
            status = StatusMessage("Kommentarer skrives på målområdene", kind: .warning)
            return
        }
        if meeting.kind == .midYear {
            guard allowedInMeeting(.midYearNote) else { return }
            modal = .edit(EditForm(title: "\(area.section.number) \(area.label) – avtalt oppfølging", purpose: .field(.midYearNote(area.id)), fields: [
                FormField(label: FieldKind.midYearNote.label, colour: .orange, text: area.midYearNote, multiline: true),
            ]))
            return
        }
        guard allowedInMeeting(.leaderComment) else { return }
        modal = .edit(EditForm(title: "\(area.section.number) \(area.label) – kommentarer (føres av \(party.title.lowercased()))",
                               purpose: .meetingComments(area.id), fields: [
            FormField(label: FieldKind.leaderComment.label, colour: .green, text: area.assessment.leaderComment, multiline: true),
            FormField(label: FieldKind.contactComment.label, colour: .green, text: area.assessment.contactComment, multiline: true),
        ]))
    }

    /// `f` in the summary: an improvement plan for the first goal area below the agreement without one.
    private mutating func beginImprovementPlan() {
        guard let meeting, meeting.step == .summary, let agreement else {
            status = StatusMessage("Forbedringsplaner lages fra oppsummeringen", kind: .warning)
            return
        }
        let below = AssessmentSummary(agreement).belowAgreement
        guard let area = below.first(where: { a in !agreement.improvementPlans.contains { $0.goalAreaID == a.id } }) ?? below.first else {
            status = StatusMessage("Ingen målområder er vurdert «Mindre enn avtalen»", kind: .warning)
            return
        }
        let dates = (1...3).compactMap { today.addingMonths($0) }.map(\.display).joined(separator: ", ")
        modal = .edit(EditForm(title: "Forbedringsplan: \(area.section.number) \(area.label)", purpose: .improvementPlan(area.id), fields: [
            FormField(label: "Avtalte tiltak (ett per linje)", colour: .green, text: "", multiline: true),
            FormField(label: "Månedlige oppfølgingssamtaler (datoer)", colour: .green, text: dates, multiline: false),
        ]))
    }
}

extension LocalDate {
    /// The same day `months` months later, moved back to the month's last day where needed.
    func addingMonths(_ months: Int) -> LocalDate? {
        let total = (year * 12 + (month - 1)) + months
        let y = total / 12, m = total % 12 + 1
        for d in stride(from: day, through: 1, by: -1) {
            if let date = LocalDate(year: y, month: m, day: d) { return date }
        }
        return LocalDate(year: y, month: m, day: 28)
    }
}
