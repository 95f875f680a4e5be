extension LocalDate {
    /// The same day `months` months later, moved back to the month's last day where needed.
    public func addingMonths(_ months: Int) -> LocalDate? {
        let total = (year * 12 + (month - 1)) + months
        let y = total / 12, m = total % 12 + 1
        for d in stride(from: day, through: 1, by: -1) {
            if let date = LocalDate(year: y, month: m, day: d) { return date }
        }
        return nil
    }

    /// This date moved into `year`: 1 January when it is before, 31 December when after.
    public func clamped(toYear year: Int) -> LocalDate {
        if self.year < year { return LocalDate(year: year, month: 1, day: 1) ?? self }
        if self.year > year { return LocalDate(year: year, month: 12, day: 31) ?? self }
        return self
    }
}
