/// Calendar arithmetic on dates without Foundation's calendar (no ICU): day numbers, weekdays, working days.
extension LocalDate {
    /// Days since 1970-01-01 in the proleptic Gregorian calendar, negative before it.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil: years start in March, so the leap day ends a year.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01; nil outside the years 1–9999.
    public init?(dayNumber: Int) {
        // Outside this range the arithmetic below could overflow; no such date is valid anyway.
        guard (-719_162...2_932_896).contains(dayNumber) else { return nil }
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yearOfEra + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// The date `days` later (earlier when negative); nil outside the years 1–9999.
    public func adding(days: Int) -> LocalDate? {
        let (sum, overflow) = dayNumber.addingReportingOverflow(days)
        return overflow ? nil : LocalDate(dayNumber: sum)
    }

    /// Whole days from this date to `other`, negative when `other` is earlier.
    public func days(to other: LocalDate) -> Int { other.dayNumber - dayNumber }

    /// The ISO weekday: 1 is Monday, 7 is Sunday.
    public var weekday: Int {
        // 1970-01-01 was a Thursday (4).
        let offset = (dayNumber + 3) % 7
        return (offset < 0 ? offset + 7 : offset) + 1
    }

    /// Monday to Friday. Public holidays are not known here: Easter, 17 May or Christmas
    /// count as working days when they fall on a weekday.
    public var isWorkingDay: Bool { weekday <= 5 }

    /// The last day of a month, or nil for a month outside 1–12 or a year outside 1–9999.
    public static func lastDay(ofMonth month: Int, year: Int) -> LocalDate? {
        guard (1...12).contains(month) else { return nil }
        return LocalDate(year: year, month: month, day: days(inMonth: month, year: year))
    }

    /// The nearest working day on or before this date.
    public var workingDayOnOrBefore: LocalDate? {
        var date: LocalDate? = self
        while let current = date, !current.isWorkingDay { date = current.adding(days: -1) }
        return date
    }
}
