import AgreementKit

extension AgreementSummary {
    /// The overview's line for this agreement, reckoned from `date` with these deadlines.
    public func overviewRow(on date: LocalDate, deadlines: MilestoneDueDates) -> OverviewRow {
        OverviewRow(id: id, unit: unit, serviceArea: serviceArea, leader: leader, contactPerson: contactPerson, year: year, phase: phase,
                    facts: overview, on: date, deadlines: deadlines)
    }
}
