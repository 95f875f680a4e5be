import AgreementKit

extension AgreementSummary {
    /// The overview's line for this agreement, reckoned from `date` with its steps dated by `dates`.
    public func overviewRow(on date: LocalDate, dates: StepDates) -> OverviewRow {
        OverviewRow(id: id, municipality: municipality, unit: unit, serviceArea: serviceArea, leader: leader, contactPerson: contactPerson,
                    year: year, phase: phase, facts: overview, on: date, dates: dates)
    }
}
