import AgreementKit
import Foundation
import Testing

@Suite("Wheel dates: fixed days and rules resolved in a year")
struct WheelDateTests {
    private func date(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    @Test func lastWorkingDayOfEachTertial() {
        // 30.04.2011 was a Saturday, 31.12.2011 a Saturday, 31.08.2013 a Saturday.
        #expect(WheelDate.lastWorkingDayOfTertial(1).date(in: 2011) == date("2011-04-29"))
        #expect(WheelDate.lastWorkingDayOfTertial(1).date(in: 2011)?.weekday == 5)
        #expect(WheelDate.lastWorkingDayOfTertial(2).date(in: 2011) == date("2011-08-31"))
        #expect(WheelDate.lastWorkingDayOfTertial(3).date(in: 2011) == date("2011-12-30"))
        #expect(WheelDate.lastWorkingDayOfTertial(1).date(in: 2013) == date("2013-04-30"))
        #expect(WheelDate.lastWorkingDayOfTertial(2).date(in: 2013) == date("2013-08-30"))
        #expect(WheelDate.lastWorkingDayOfTertial(3).date(in: 2013) == date("2013-12-31"))
    }

    @Test func endOfQuarterIsACalendarDay() {
        // 31.03.2013 was a Sunday: the end of a quarter is not moved to a working day.
        #expect(WheelDate.endOfQuarter(1).date(in: 2013) == date("2013-03-31"))
        #expect(WheelDate.endOfQuarter(2).date(in: 2013) == date("2013-06-30"))
        #expect(WheelDate.endOfQuarter(3).date(in: 2011) == date("2011-09-30"))
        #expect(WheelDate.endOfQuarter(4).date(in: 2011) == date("2011-12-31"))
    }

    @Test func lastDayOfMonthFollowsLeapYears() {
        #expect(WheelDate.lastDayOfMonth(2).date(in: 2011) == date("2011-02-28"))
        #expect(WheelDate.lastDayOfMonth(2).date(in: 2012) == date("2012-02-29"))
        #expect(WheelDate.lastDayOfMonth(4).date(in: 2013) == date("2013-04-30"))
        #expect(WheelDate.lastDayOfMonth(12).date(in: 2013) == date("2013-12-31"))
    }

    @Test func fixedDays() {
        #expect(WheelDate.fixed(day: 15, month: 12).date(in: 2011) == date("2011-12-15"))
        #expect(WheelDate.fixed(day: 29, month: 2).date(in: 2012) == date("2012-02-29"))
        #expect(WheelDate.fixed(day: 29, month: 2).date(in: 2011) == nil)
        #expect(WheelDate.fixed(day: 31, month: 2).date(in: 2012) == nil)
    }

    @Test(arguments: [(31, 2), (30, 2), (31, 4), (31, 11), (0, 1), (32, 1), (1, 0), (1, 13), (-1, 5)])
    func impossibleDaysAreRefused(day: Int, month: Int) {
        #expect(WheelDate(day: day, month: month) == nil)
    }

    @Test func possibleDaysAreAccepted() {
        #expect(WheelDate(day: 29, month: 2) == .fixed(day: 29, month: 2))
        #expect(WheelDate(day: 31, month: 12) == .fixed(day: 31, month: 12))
        #expect(WheelDate(day: 30, month: 4) == .fixed(day: 30, month: 4))
    }

    @Test(arguments: [WheelDate.lastWorkingDayOfTertial(0), .lastWorkingDayOfTertial(4), .endOfQuarter(0), .endOfQuarter(5),
                      .lastDayOfMonth(0), .lastDayOfMonth(13), .fixed(day: 1, month: 13)])
    func rulesOutOfRangeResolveToNothing(rule: WheelDate) {
        #expect(rule.date(in: 2011) == nil)
    }

    @Test func yearsOutsideTheCalendarResolveToNothing() {
        #expect(WheelDate.lastWorkingDayOfTertial(1).date(in: 0) == nil)
        #expect(WheelDate.fixed(day: 1, month: 1).date(in: 10_000) == nil)
    }

    @Test func codedAsAnObjectNamedByItsRule() throws {
        let cases: [(WheelDate, String)] = [
            (.fixed(day: 15, month: 12), #"{"day":15,"month":12,"type":"fixed"}"#),
            (.lastWorkingDayOfTertial(1), #"{"tertial":1,"type":"lastWorkingDayOfTertial"}"#),
            (.endOfQuarter(4), #"{"quarter":4,"type":"endOfQuarter"}"#),
            (.lastDayOfMonth(2), #"{"month":2,"type":"lastDayOfMonth"}"#),
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for (value, json) in cases {
            #expect(String(decoding: try encoder.encode(value), as: UTF8.self) == json)
            #expect(try JSONDecoder().decode(WheelDate.self, from: Data(json.utf8)) == value)
        }
    }

    @Test func unknownRulesAndMissingParametersFailToDecode() {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(WheelDate.self, from: Data(#"{"type":"easter"}"#.utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(WheelDate.self, from: Data(#"{"type":"fixed","day":1}"#.utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(WheelDate.self, from: Data(#"{"type":"endOfQuarter"}"#.utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(WheelDate.self, from: Data(#"{"day":1,"month":1}"#.utf8)) }
    }
}
