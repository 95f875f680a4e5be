/// The wheel laid out on real dates: a year's events in order, what is due soon, what has passed.
extension AnnualWheel {
    /// The events of `year` in date order (events on the same day in file order); an event
    /// whose rule gives no date that year (29.02 in 2011) is left out.
    public func occurrences(in year: Int) -> [WheelOccurrence] {
        let dated = events.enumerated().compactMap { index, event in
            event.date(in: year).map { (index: index, occurrence: WheelOccurrence(event: event, date: $0)) }
        }
        return dated.sorted { ($0.occurrence.date, $0.index) < ($1.occurrence.date, $1.index) }.map(\.occurrence)
    }

    /// The occurrences from `reference` through `days` days later, both ends included, in date
    /// order; the window may run into the next year. Negative `days` gives none.
    public func due(within days: Int, of reference: LocalDate) -> [WheelOccurrence] {
        guard days >= 0 else { return [] }
        let end = reference.adding(days: days) ?? LocalDate(year: 9999, month: 12, day: 31)!
        return (reference.year...end.year).flatMap { occurrences(in: $0) }.filter { $0.date >= reference && $0.date <= end }
    }

    /// The occurrences of the reference date's year that fell before it, in date order. The
    /// wheel starts over each year, so last year's events are not counted.
    public func overdue(before reference: LocalDate) -> [WheelOccurrence] {
        occurrences(in: reference.year).filter { $0.date < reference }
    }
}
