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

    /// In memory the days are packed, a byte for a short step with a few entries, more for the rest:
    /// every kind gives back its text and its counts.
    @Test func longStepsAndManyEntriesKeepTheirText() {
        for text in ["-5*9 64 1*5 200*1000", "0", "-719162 1", "1*4 63*4 63*5 64*4", "9223372036854775806*2", "1*\(Int.max / 2) 1*2"] {
            let days = LogDays(text: text)
            #expect(days?.text == text, "«\(text)»")
            #expect(days?.total == Self.slowEntries(text, from: Int.min, through: Int.max), "«\(text)»")
        }
        #expect(LogDays(text: "1*\(Int.max) 1*2") == nil, "a total past Int.max is refused")
        let days = LogDays(text: "100*3 63 1*7 900*2")
        #expect(days?.entries(from: LocalDate(dayNumber: 163)!, through: LocalDate(dayNumber: 164)!) == 8)
        #expect(days?.entries(from: LocalDate(dayNumber: 165)!, through: LocalDate(dayNumber: 1063)!) == 0)
        #expect(days?.entries(inLast: 30, endingOn: LocalDate(dayNumber: 1064)!) == 2)
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

    /// Numbers of 18 and more digits (read with overflow checks past 18) keep their text; one past
    /// `Int.max` is refused.
    @Test func theLongestNumbersKeepTheirText() {
        for text in ["9223372036854775807", "-9223372036854775807", "123456789012345678", "1234567890123456789*2 5",
                     "-5 9223372036854775800*3"] {
            #expect(LogDays(text: text)?.text == text, "\(text)")
        }
        for text in ["9223372036854775808", "1 9223372036854775807", "1*9223372036854775807 1*2"] {
            #expect(LogDays(text: text) == nil, "\(text)")
        }
    }

    @Test(arguments: ["x", "1 ", " 1", "1  2", "5 0", "5 -1", "1*1", "1*", "1**2", "1,2", "99999999999999999999"])
    func malformedTextIsRefused(text: String) {
        #expect(LogDays(text: text) == nil)
    }

    /// The byte scanner answers as the first, character-iterator scanner did, for any text made
    /// of the bytes that matter (valid, malformed, long runs), and any window.
    @Test func theByteScannerAnswersAsTheSlowScanner() {
        var random = SplitMix64(seed: 2026)
        let alphabet = Array("0123456789 *-x".utf8)
        for round in 0..<3_000 {
            let text: String
            if round % 3 == 0 {
                // Mostly well-formed: numbers, counts and single spaces, sometimes broken.
                var parts: [String] = []
                for _ in 0..<Int(random.next() % 12) {
                    var part = String(Int(random.next() % 400) - (parts.isEmpty ? 200 : 10))
                    if random.next() % 4 == 0 { part += "*\(Int(random.next() % 5))" }
                    parts.append(part)
                }
                text = parts.joined(separator: random.next() % 10 == 0 ? "  " : " ")
            } else {
                text = String(decoding: (0..<Int(random.next() % 14)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }, as: UTF8.self)
            }
            let from = Int(random.next() % 600) - 300
            let through = from + Int(random.next() % 300)
            let slow = Self.slowEntries(text, from: Int.min, through: Int.max)
            #expect(LogDays(text: text)?.total == slow, "«\(text)»")
            if let days = LogDays(text: text), let start = LocalDate(dayNumber: from), let end = LocalDate(dayNumber: through) {
                #expect(days.entries(from: start, through: end) == Self.slowEntries(text, from: from, through: through), "«\(text)» \(from)…\(through)")
            }
        }
    }

    /// The scanner as it was first written (a `String.UTF8View` iterator and a nested function): the slow way.
    static func slowEntries(_ text: String, from start: Int, through end: Int) -> Int? {
        var sum = 0
        var day: Int?
        var iterator = text.utf8.makeIterator()
        var byte = iterator.next()
        func number() -> Int? {
            var negative = false
            if byte == UInt8(ascii: "-") { negative = true; byte = iterator.next() }
            var value = 0, digits = 0
            while let b = byte, b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") {
                let (product, o1) = value.multipliedReportingOverflow(by: 10)
                let (next, o2) = product.addingReportingOverflow(Int(b - UInt8(ascii: "0")))
                guard !o1, !o2 else { return nil }
                value = next
                digits += 1
                byte = iterator.next()
            }
            return digits == 0 ? nil : (negative ? -value : value)
        }
        while byte != nil {
            guard let step = number() else { return nil }
            if let previous = day {
                guard step > 0 else { return nil }
                day = previous + step
            } else {
                day = step
            }
            var count = 1
            if byte == UInt8(ascii: "*") {
                byte = iterator.next()
                guard let n = number(), n >= 2 else { return nil }
                count = n
            }
            if let d = day, d >= start, d <= end { sum += count }
            if byte == UInt8(ascii: " ") {
                byte = iterator.next()
                guard byte != nil else { return nil }
            } else if byte != nil {
                return nil
            }
        }
        return sum
    }
}
