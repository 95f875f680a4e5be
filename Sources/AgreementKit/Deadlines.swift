/// The dated things of an agreement's year in date order — its own phase deadlines and meeting
/// dates, the events of the wheels that apply to its municipality, and the follow-ups agreed in
/// its leader conversations — and which of them are next, due or overdue on a date. The
/// header's «Neste», the wheel view, `lederavtale wheel` and the overview's «behind» ask it.
public struct Deadlines: Equatable, Sendable {
    /// The agreement's year: the wheel's day.month events fall in it.
    public let year: Int
    public let entries: [DeadlineEntry]

    /// The entries of `agreement`'s year. `wheels` may be every wheel of the store: only those
    /// that apply to the agreement's municipality are used.
    public init(_ agreement: Agreement, wheels: [AnnualWheel] = [], conversations: [Conversation] = []) {
        year = agreement.header.year
        let schedule = agreement.schedule
        var list: [DeadlineEntry] = []
        for phase in AgreementSchedule.phasesWithDeadline {
            guard let date = schedule.phaseDeadlines[phase] else { continue }
            list.append(DeadlineEntry(id: "phase-\(phase.rawValue)", date: date, source: .phase(phase),
                                      status: agreement.phase > phase ? .done : .open, kind: .deadline, target: .phase(phase)))
        }
        for kind in AgreementSchedule.meetingKinds {
            guard let date = schedule.meetings[kind] else { continue }
            list.append(DeadlineEntry(id: "meeting-\(kind.rawValue)", date: date, source: .meeting(kind),
                                      status: Self.held(kind, agreement) ? .done : .open, kind: .meeting, target: .meeting(kind)))
        }
        for wheel in wheels where wheel.applies(to: agreement.header.municipality) {
            for occurrence in wheel.occurrences(in: year) {
                list.append(Self.entry(occurrence, of: wheel, agreement))
            }
        }
        for conversation in conversations where conversation.agreementID == agreement.id {
            for item in conversation.followUps {
                guard let due = item.due else { continue }
                list.append(DeadlineEntry(id: "followup-\(item.id.rawValue)", date: due, source: .followUp(item, agreedOn: conversation.date),
                                          status: item.done ? .done : .open, kind: .deadline,
                                          target: item.goalRowID.map { .goalRow($0) } ?? .conversation(conversation.date)))
            }
        }
        // Stable: entries on the same day keep the order above (the agreement's own first).
        entries = list.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }

    /// The first open entry on or after `reference`.
    public func next(on reference: LocalDate) -> DeadlineEntry? {
        entries.first { $0.status == .open && $0.date >= reference }
    }

    /// The open entries dated before `reference`.
    public func overdue(on reference: LocalDate) -> [DeadlineEntry] {
        entries.filter { $0.isOverdue(on: reference) }
    }

    /// The open entries from `reference` through `days` days later.
    public func due(within days: Int, of reference: LocalDate) -> [DeadlineEntry] {
        entries.filter { $0.isDue(within: days, of: reference) }
    }

    /// The overdue phase deadlines and meetings: what puts the agreement behind its year.
    public func behind(on reference: LocalDate) -> [DeadlineEntry] {
        overdue(on: reference).filter(\.concernsProgress)
    }

    /// True when a phase deadline or a meeting date has passed without the agreement getting there.
    public func isBehind(on reference: LocalDate) -> Bool { !behind(on: reference).isEmpty }

    /// The entries of a month (1–12) of any year, in date order.
    public func entries(inMonth month: Int) -> [DeadlineEntry] {
        entries.filter { $0.date.month == month }
    }

    /// A wheel event as an entry: tied to a milestone it stands for that milestone (done when the
    /// agreement got there); the unit's own events are open until marked done; others inform.
    private static func entry(_ occurrence: WheelOccurrence, of wheel: AnnualWheel, _ agreement: Agreement) -> DeadlineEntry {
        let event = occurrence.event
        var status: DeadlineEntry.Status
        var target: DeadlineTarget?
        switch event.link {
        case .milestone(let milestone)?:
            switch milestone {
            case .agreementSigned:
                target = .phase(.agreement)
                status = agreement.phase > .agreement ? .done : .open
            case .midYearReview:
                target = .meeting(.midYear)
                status = held(.midYear, agreement) ? .done : .open
            case .yearEndAssessment:
                target = .meeting(.yearEnd)
                status = held(.yearEnd, agreement) ? .done : .open
            }
        case .indicator(let name)?:
            target = .indicator(name)
            status = .open
        case nil:
            status = .open
        }
        if event.link.map({ if case .milestone = $0 { false } else { true } }) ?? true {
            let unitsOwn = event.who.isEmpty || event.who.contains(.leader)
            let key = DeadlineEntry.wheelKey(wheelID: wheel.id, eventID: event.id)
            status = !unitsOwn ? .information : agreement.schedule.doneEvents.contains(key) ? .done : .open
        }
        return DeadlineEntry(id: "wheel-\(wheel.id)-\(event.id.rawValue)", date: occurrence.date,
                             source: .wheel(wheelID: wheel.id, wheelTitle: wheel.title, event: event), status: status, kind: event.kind, target: target)
    }

    /// True once a meeting of this kind has been recorded as held.
    private static func held(_ kind: Review.Kind, _ agreement: Agreement) -> Bool {
        agreement.reviews.contains { $0.kind == kind }
    }
}
