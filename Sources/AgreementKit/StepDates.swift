/// The one rule for when the steps of an agreement's year fall due: the agreement's own date
/// where it set one, else the date of a wheel event tied to the step's milestone (in a wheel
/// that applies to its municipality), else the standard deadline (`MilestoneDueDates`); a step
/// with none of these has no date. The overview, the header's «Neste», the wheel view and
/// `lederavtale wheel` all reckon from it, so they agree on what is due and who is behind.
public struct StepDates: Equatable, Sendable {
    /// Where a step's date came from.
    public enum Origin: Equatable, Sendable {
        case own
        /// A wheel event tied to the step's milestone stands for the step.
        case wheel(wheelID: String, eventID: ItemID)
        case standard
    }

    /// A step on its date.
    public struct Dated: Equatable, Sendable {
        public var step: YearStep
        public var date: LocalDate
        public var done: Bool
        public var origin: Origin

        public init(step: YearStep, date: LocalDate, done: Bool, origin: Origin) {
            self.step = step
            self.date = date
            self.done = done
            self.origin = origin
        }
    }

    public var standard: MilestoneDueDates
    /// Only the wheels with an event tied to a milestone matter here.
    public let wheels: [AnnualWheel]

    public init(wheels: [AnnualWheel] = [], standard: MilestoneDueDates = .standard) {
        self.standard = standard
        self.wheels = wheels.filter { $0.events.contains { $0.milestone != nil } }
    }

    /// The steps of an agreement of `year` in `municipality` that have a date, in date order
    /// (steps on the same day in step order).
    public func dated(_ facts: [YearStepFacts], year: Int, municipality: String) -> [Dated] {
        let fromWheels = wheelDates(year: year, municipality: municipality)
        let dated = facts.compactMap { fact -> Dated? in
            if let own = fact.date { return Dated(step: fact.step, date: own, done: fact.done, origin: .own) }
            if let milestone = fact.step.milestone {
                if let wheel = fromWheels[milestone] {
                    return Dated(step: fact.step, date: wheel.date, done: fact.done, origin: .wheel(wheelID: wheel.wheelID, eventID: wheel.eventID))
                }
                return Dated(step: fact.step, date: standard.date(of: milestone, year: year), done: fact.done, origin: .standard)
            }
            return nil
        }
        return dated.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }

    /// Per milestone, the first event of the year tied to it in the wheels that apply (wheels
    /// in the order given, events in date order).
    private func wheelDates(year: Int, municipality: String) -> [AgreementMilestone: (date: LocalDate, wheelID: String, eventID: ItemID)] {
        var result: [AgreementMilestone: (date: LocalDate, wheelID: String, eventID: ItemID)] = [:]
        for wheel in wheels where wheel.applies(to: municipality) {
            for occurrence in wheel.occurrences(in: year) {
                guard let milestone = occurrence.event.milestone, result[milestone] == nil else { continue }
                result[milestone] = (occurrence.date, wheel.id, occurrence.event.id)
            }
        }
        return result
    }
}

extension WheelEvent {
    /// The milestone the event is tied to, if any.
    public var milestone: AgreementMilestone? {
        if case .milestone(let milestone)? = link { return milestone }
        return nil
    }
}
