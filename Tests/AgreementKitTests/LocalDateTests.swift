import AgreementKit
import Foundation
import Testing

@Suite("Dates: ISO in files, dd.mm.yyyy on screen")
struct LocalDateTests {
    @Test func isoRoundTrip() throws {
        let date = try #require(LocalDate(iso: "2011-03-14"))
        #expect(date.iso == "2011-03-14")
        #expect(date.display == "14.03.2011")
    }

    @Test(arguments: ["2011-02-29", "2011-04-31", "2011-13-01", "2011-00-10", "11-03-14", "2011-3-14", "", "abc"])
    func impossibleDatesAreRejected(text: String) {
        #expect(LocalDate(iso: text) == nil)
    }

    @Test func leapYears() {
        #expect(LocalDate(iso: "2012-02-29") != nil)
        #expect(LocalDate(iso: "2000-02-29") != nil)
        #expect(LocalDate(iso: "1900-02-29") == nil)
    }

    @Test func userInputForms() {
        #expect(LocalDate(userInput: "14.03.2011", defaultYear: 2020)?.iso == "2011-03-14")
        #expect(LocalDate(userInput: "14.3.11", defaultYear: 2020)?.iso == "2011-03-14")
        #expect(LocalDate(userInput: "14.3", defaultYear: 2020)?.iso == "2020-03-14")
        #expect(LocalDate(userInput: " 2011-03-14 ", defaultYear: 2020)?.iso == "2011-03-14")
        #expect(LocalDate(userInput: "31.4", defaultYear: 2020) == nil)
        #expect(LocalDate(userInput: "14.3.123", defaultYear: 2020) == nil)
    }

    @Test func codableAsISOString() throws {
        let data = try JSONEncoder().encode([LocalDate(year: 2011, month: 5, day: 2)!])
        #expect(String(decoding: data, as: UTF8.self) == "[\"2011-05-02\"]")
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([LocalDate].self, from: Data("[\"2011-02-30\"]".utf8)) }
    }

    @Test func todayIsInTheGivenTimeZone() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Oslo")!
        // 2011-03-13 23:30 UTC is already the 14th in Oslo.
        let instant = Date(timeIntervalSince1970: 1_300_059_000)
        #expect(LocalDate.today(calendar: calendar, now: instant).iso == "2011-03-14")
    }
}
