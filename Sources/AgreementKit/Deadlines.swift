/// The dated things of an agreement's year in date order — its own phase deadlines and meeting
/// dates, the events of the wheels that apply to its municipality, and the follow-ups agreed in
/// its leader conversations — and which of them are next, due or overdue on a date. The
/// header's «Neste», the wheel view, `lederavtale wheel` and the overview's «behind» ask it.
public struct Deadlines: Equatable, Sendable {
    /// The agreement's year: the wheel's day.month events fall in it.
    public let year: Int
    public let entries: [DeadlineEntry]

    /// The entries of `agreement`'s year. `wheels` may be every wheel of the store: only those
    /// that apply to the agreement's municipality are used. The steps of the year (leaving each
    /// phase, the two meetings) are dated by `StepDates` — the agreement's own dates, else a wheel
    /// event tied to the step, else the standard deadlines — as the overview dates them.
    public init(_ agreement: Agreement, wheels: [AnnualWheel] = [], conversations: [Conversation] = [],
                standard: MilestoneDueDates = .standard) {
        year = agreement.header.year
        let steps = StepDates(wheels: wheels, standard: standard).dated(agreement.yearStepFacts, year: year,
                                                                         municipality: agreement.header.municipality)
        var list: [DeadlineEntry] = []
        for step in steps {
            if case .wheel = step.origin { continue }  // the wheel's event stands for it below
            list.append(DeadlineEntry(id: step.step.entryID, date: step.date, source: step.step.source, status: step.done ? .done : .open,
                                      kind: step.step.kind, target: step.step.target, standard: step.origin == .standard))
        }
        for wheel in wheels where wheel.applies(to: agreement.header.municipality) {
            for occurrence in wheel.occurrences(in: year) {
                list.append(Self.entry(occurrence, of: wheel, agreement, steps: steps))
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

    /// How many open entries are dated before `reference` (what the header shows at every frame,
    /// counted without making the list).
    public func overdueCount(on reference: LocalDate) -> Int {
        entries.reduce(0) { $0 + ($1.isOverdue(on: reference) ? 1 : 0) }
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

    /// A wheel event as an entry: tied to a milestone it stands for that step of the year (done
    /// when the step is) — unless the agreement set its own date for the step or an earlier
    /// event of the wheels stands for it, when it is shown for information; the unit's own
    /// events are open until marked done; others inform.
    private static func entry(_ occurrence: WheelOccurrence, of wheel: AnnualWheel, _ agreement: Agreement,
                              steps: [StepDates.Dated]) -> DeadlineEntry {
        let event = occurrence.event
        let status: DeadlineEntry.Status
        var target: DeadlineTarget?
        if let milestone = event.milestone {
            let step = YearStep(milestone)
            target = step.target
            let stands = steps.first { $0.step == step && $0.origin == .wheel(wheelID: wheel.id, eventID: event.id) }
            status = stands.map { $0.done ? .done : .open } ?? .information
        } else {
            if case .indicator(let name)? = event.link { target = .indicator(name) }
            let unitsOwn = event.who.isEmpty || event.who.contains(.leader)
            let key = DeadlineEntry.wheelKey(wheelID: wheel.id, eventID: event.id)
            status = !unitsOwn ? .information : agreement.schedule.doneEvents.contains(key) ? .done : .open
        }
        return DeadlineEntry(id: "wheel-\(wheel.id)-\(event.id.rawValue)", date: occurrence.date,
                             source: .wheel(wheelID: wheel.id, wheelTitle: wheel.title, event: event), status: status, kind: event.kind, target: target)
    }
}
