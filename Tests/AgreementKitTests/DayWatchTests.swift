@testable import AgreementKit
import Testing

/// The loop's date: read from the calendar only when the last reading no longer holds.
@Suite("Today's date, read again once a minute or at midnight")
struct DayWatchTests {
    /// A calendar of whole days from the epoch (UTC), counting its readings.
    final class Calendar {
        var readings = 0
        func read(_ now: Int) -> (date: LocalDate, secondsIntoDay: Int) {
            readings += 1
            return (LocalDate(year: 2011, month: 9, day: 1)!.adding(days: now / 86_400)!, now % 86_400)
        }
    }

    @Test func aReadingHoldsForAMinuteAndNotPastMidnight() {
        let calendar = Calendar()
        var watch = DayWatch()
        let noon = 12 * 3600
        #expect(watch.today(at: noon, calendar: calendar.read) == LocalDate(year: 2011, month: 9, day: 1))
        #expect(watch.today(at: noon + 59, calendar: calendar.read) == LocalDate(year: 2011, month: 9, day: 1))
        #expect(calendar.readings == 1, "within the minute, no reading")
        _ = watch.today(at: noon + 60, calendar: calendar.read)
        #expect(calendar.readings == 2, "a minute on, read again")
        // Ten seconds before midnight: the reading holds ten seconds, and the new day is seen at once.
        let late = 86_400 - 10
        #expect(watch.today(at: late, calendar: calendar.read) == LocalDate(year: 2011, month: 9, day: 1))
        #expect(watch.today(at: late + 9, calendar: calendar.read) == LocalDate(year: 2011, month: 9, day: 1))
        #expect(watch.today(at: 86_400, calendar: calendar.read) == LocalDate(year: 2011, month: 9, day: 2))
    }

    @Test func aClockSetBackIsReadAgain() {
        let calendar = Calendar()
        var watch = DayWatch()
        _ = watch.today(at: 3 * 86_400 + 100, calendar: calendar.read)
        #expect(watch.today(at: 86_400 + 100, calendar: calendar.read) == LocalDate(year: 2011, month: 9, day: 2))
        #expect(calendar.readings == 2)
    }

    @Test func theRealClockGivesTheDateLocalDateGives() {
        var watch = DayWatch()
        let before = LocalDate.today()
        let watched = watch.today()
        #expect(watched == before || watched == LocalDate.today(), "the same day, unless midnight passed between")
        #expect(watch.today() == watched || watch.today() == LocalDate.today())
    }
}
