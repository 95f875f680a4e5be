import AgreementKit
import Testing

@Suite("Dates: day numbers, weekdays, working days")
struct LocalDateCalendarTests {
    private func date(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    @Test func dayNumbersCountFromTheUnixEpoch() {
        #expect(date("1970-01-01").dayNumber == 0)
        #expect(date("1970-01-02").dayNumber == 1)
        #expect(date("1969-12-31").dayNumber == -1)
        #expect(date("2011-04-29").dayNumber == 15_093)
        #expect(LocalDate(dayNumber: 15_093) == date("2011-04-29"))
    }

    @Test func everyDayFollowsTheOneBefore() throws {
        // Walks 1899–2101 day by day: day numbers are consecutive, invert, and the weekday cycles.
        var previous = try #require(LocalDate(year: 1899, month: 12, day: 31))
        for year in 1900...2100 {
            for month in 1...12 {
                for day in 1...31 {
                    guard let current = LocalDate(year: year, month: month, day: day) else { continue }
                    #expect(current.dayNumber == previous.dayNumber + 1)
                    #expect(LocalDate(dayNumber: current.dayNumber) == current)
                    #expect(previous.adding(days: 1) == current)
                    #expect(current.weekday == previous.weekday % 7 + 1)
                    previous = current
                }
            }
        }
    }

    @Test func weekdaysAreISO() {
        #expect(date("2011-04-29").weekday == 5)  // Friday
        #expect(date("2011-04-30").weekday == 6)
        #expect(date("2011-05-01").weekday == 7)
        #expect(date("2011-05-02").weekday == 1)
        #expect(date("1900-01-01").weekday == 1)
        #expect(date("2000-01-01").weekday == 6)
        #expect(date("0001-01-01").weekday == 1)
    }

    @Test func workingDaysAreMondayToFriday() {
        #expect(date("2011-04-29").isWorkingDay)
        #expect(!date("2011-04-30").isWorkingDay)
        #expect(!date("2011-05-01").isWorkingDay)
        // No holiday table: 17 May 2011 was a Tuesday and counts as a working day.
        #expect(date("2011-05-17").isWorkingDay)
        #expect(date("2011-04-30").workingDayOnOrBefore == date("2011-04-29"))
        #expect(date("2011-04-28").workingDayOnOrBefore == date("2011-04-28"))
    }

    @Test func arithmeticAcrossMonthsYearsAndLeapDays() {
        #expect(date("2012-02-28").adding(days: 1) == date("2012-02-29"))
        #expect(date("2011-02-28").adding(days: 1) == date("2011-03-01"))
        #expect(date("2011-12-31").adding(days: 1) == date("2012-01-01"))
        #expect(date("2011-03-01").adding(days: -1) == date("2011-02-28"))
        #expect(date("2011-01-01").days(to: date("2012-01-01")) == 365)
        #expect(date("2012-01-01").days(to: date("2011-01-01")) == -365)
        #expect(LocalDate.lastDay(ofMonth: 2, year: 2012) == date("2012-02-29"))
        #expect(LocalDate.lastDay(ofMonth: 13, year: 2012) == nil)
    }

    @Test func outsideTheYearsOneToNineThousandNineHundredAndNinetyNineThereIsNoDate() {
        #expect(date("9999-12-31").adding(days: 1) == nil)
        #expect(date("0001-01-01").adding(days: -1) == nil)
        #expect(date("2011-01-01").adding(days: .max) == nil)
        #expect(date("2011-01-01").adding(days: .min) == nil)
        #expect(LocalDate(dayNumber: .max) == nil)
        #expect(LocalDate(dayNumber: .min) == nil)
    }
}
