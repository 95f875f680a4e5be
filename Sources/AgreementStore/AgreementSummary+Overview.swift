import AgreementKit

extension AgreementSummary {
    /// The overview's line for this agreement, reckoned from `date` with its steps dated by `dates`.
    public func overviewRow(on date: LocalDate, dates: StepDates) -> OverviewRow {
        OverviewRow(id: id, municipality: municipality, unit: unit, serviceArea: serviceArea, leader: leader, contactPerson: contactPerson,
                    year: year, phase: phase, facts: overview, on: date, dates: dates)
    }

    /// The overview's lines of `summaries`, in their order. Each summary is let go as soon as its
    /// line is made when the caller gives the array up (`consume`): the lines keep the strings and
    /// goal areas they share, and what only the summary held (its box, log days, steps and plans,
    /// 1.3 MB at 2,000 agreements) is not alive beside all the lines.
    public static func overviewRows(_ summaries: consuming [AgreementSummary], on date: LocalDate, dates: StepDates) -> [OverviewRow] {
        var rows: [OverviewRow] = []
        rows.reserveCapacity(summaries.count)
        while let summary = summaries.popLast() { rows.append(summary.overviewRow(on: date, dates: dates)) }
        rows.reverse()
        return rows
    }
}
