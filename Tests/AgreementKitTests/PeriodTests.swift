import AgreementKit
import Foundation
import Testing

@Suite("Periods: year, tertial, quarter, month")
struct PeriodTests {
    @Test(arguments: ["2013", "2013-T1", "2013-T3", "2013-Q1", "2013-Q4", "2013-03", "2013-12"])
    func theFileFormRoundTrips(_ id: String) throws {
        let period = try #require(Period(id: id))
        #expect(period.id == id)
        let data = try JSONEncoder().encode([period])
        #expect(String(decoding: data, as: UTF8.self) == "[\"\(id)\"]")
        #expect(try JSONDecoder().decode([Period].self, from: data) == [period])
    }

    @Test(arguments: ["13", "2013-T4", "2013-Q5", "2013-Q0", "2013-00", "2013-13", "2013-3", "2013-q1", "2013-H1", "2013-", "", "abcd", "2013-Q1x"])
    func malformedFileFormsAreRefused(_ id: String) {
        #expect(Period(id: id) == nil)
    }

    @Test func aFileWithAMalformedPeriodDoesNotDecode() {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Period].self, from: Data("[\"2013-Q5\"]".utf8)) }
    }

    @Test func whatAPersonTypesIsReadWithTheAgreementsYear() {
        #expect(Period(userInput: " 2013-q1 ", defaultYear: 2011)?.id == "2013-Q1")
        #expect(Period(userInput: "Q2", defaultYear: 2011)?.id == "2011-Q2")
        #expect(Period(userInput: "t3", defaultYear: 2011)?.id == "2011-T3")
        #expect(Period(userInput: "3", defaultYear: 2011)?.id == "2011-03")
        #expect(Period(userInput: "11", defaultYear: 2011)?.id == "2011-11")
        #expect(Period(userInput: "2012", defaultYear: 2011)?.id == "2012")
        #expect(Period(userInput: "Q5", defaultYear: 2011) == nil)
        #expect(Period(userInput: "", defaultYear: 2011) == nil)
        #expect(Period(userInput: "1. kvartal", defaultYear: 2011) == nil)
    }

    @Test func periodsAreOrderedByTheirEndThenTheLongerFirst() throws {
        let ids = ["2013", "2013-Q4", "2012-Q1", "2013-T1", "2013-Q1", "2013-01", "2012"]
        let sorted = ids.compactMap(Period.init(id:)).sorted().map(\.id)
        #expect(sorted == ["2012-Q1", "2012", "2013-01", "2013-Q1", "2013-T1", "2013", "2013-Q4"])
    }

    @Test func aYearContainsItsPartsAndNotTheNextYears() throws {
        let year = try #require(Period(id: "2013"))
        #expect(year.contains(try #require(Period(id: "2013-Q2"))))
        #expect(year.contains(try #require(Period(id: "2013-T3"))))
        #expect(!year.contains(try #require(Period(id: "2014-Q1"))))
        #expect(try #require(Period(id: "2013-T1")).contains(try #require(Period(id: "2013-04"))))
        #expect(!(try #require(Period(id: "2013-Q1")).contains(try #require(Period(id: "2013-T1")))))
    }

    @Test func theNextPeriodCrossesTheYear() {
        #expect(Period(id: "2013-Q4")?.next.id == "2014-Q1")
        #expect(Period(id: "2013-T2")?.next.id == "2013-T3")
        #expect(Period(id: "2013-12")?.next.id == "2014-01")
        #expect(Period(id: "2013")?.next.id == "2014")
        #expect(Period.quarter(of: LocalDate(year: 2013, month: 6, day: 30)!).id == "2013-Q2")
    }
}
