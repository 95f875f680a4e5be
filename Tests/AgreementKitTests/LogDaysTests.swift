import AgreementKit
import Testing

/// The log's days kept as text in the index: counted exactly for any window, malformed text refused.
@Suite("Log days")
struct LogDaysTests {
    @Test func theTextIsDifferencesWithCounts() {
        let base = LocalDate(dayNumber: 15034)!
        let days = LogDays([base, base, base.adding(days: 3)!, base.adding(days: 4)!, base.adding(days: 4)!, base.adding(days: 4)!, base.adding(days: 4)!])
        #expect(days.text == "15034*2 3 1*4")
        #expect(days.total == 7)
        #expect(LogDays([]).text == "" && LogDays([]).total == 0)
        #expect(LogDays(text: days.text) == days)
        let old = LocalDate(year: 1960, month: 5, day: 1)!
        #expect(LogDays(text: LogDays([old]).text)?.entries(from: old, through: old) == 1, "days before 1970 are negative")
    }

    @Test func anyWindowCountsWhatABruteForceCountCounts() {
        var random = SplitMix64(seed: 99)
        for _ in 0..<300 {
            let start = LocalDate(year: 2011, month: 1, day: 1)!
            let dates = (0..<Int(random.next() % 40)).map { _ in start.adding(days: Int(random.next() % 400))! }
            let days = LogDays(dates)
            #expect(LogDays(text: days.text) == days)
            let from = start.adding(days: Int(random.next() % 400) - 20)!
            let through = from.adding(days: Int(random.next() % 60))!
            #expect(days.entries(from: from, through: through) == dates.filter { $0 >= from && $0 <= through }.count)
            #expect(days.total == dates.count)
        }
    }

    @Test(arguments: ["x", "1 ", " 1", "1  2", "5 0", "5 -1", "1*1", "1*", "1**2", "1,2", "99999999999999999999"])
    func malformedTextIsRefused(text: String) {
        #expect(LogDays(text: text) == nil)
    }
}
