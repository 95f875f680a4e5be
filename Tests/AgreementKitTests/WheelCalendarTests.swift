import AgreementKit
import Foundation
import Testing

@Suite("Wheel calendar: a year's events in order, due and overdue")
struct WheelCalendarTests {
    private func date(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }
    private func ids(_ occurrences: [WheelOccurrence]) -> [String] { occurrences.map(\.event.id.rawValue) }

    @Test func theYearInDateOrder() {
        let year = WheelFixtures.wheel().occurrences(in: 2011)
        #expect(ids(year) == ["e-jan", "e-feb", "e-q1", "e-mar", "e-t1", "e-apr", "e-dec"])
        #expect(year.map(\.date.display) == ["31.01.2011", "28.02.2011", "31.03.2011", "31.03.2011", "29.04.2011", "30.04.2011", "15.12.2011"])
    }

    @Test func eventsOnOneDayKeepTheirFileOrder() {
        let wheel = WheelFixtures.wheel(events: [
            WheelFixtures.event("b", .fixed(day: 30, month: 4)),
            WheelFixtures.event("a", .lastDayOfMonth(4)),
            WheelFixtures.event("c", .fixed(day: 30, month: 4)),
        ])
        #expect(ids(wheel.occurrences(in: 2013)) == ["b", "a", "c"])
    }

    @Test func anEventWithoutADateThatYearIsLeftOut() {
        let wheel = WheelFixtures.wheel(events: [WheelFixtures.event("leap", .fixed(day: 29, month: 2)), WheelFixtures.event("x", .fixed(day: 1, month: 3))])
        #expect(ids(wheel.occurrences(in: 2011)) == ["x"])
        #expect(ids(wheel.occurrences(in: 2012)) == ["leap", "x"])
    }

    @Test func dueWithinIncludesBothEnds() {
        let wheel = WheelFixtures.wheel()
        #expect(ids(wheel.due(within: 10, of: date("2011-04-20"))) == ["e-t1", "e-apr"])
        #expect(ids(wheel.due(within: 0, of: date("2011-04-29"))) == ["e-t1"])
        #expect(ids(wheel.due(within: 1, of: date("2011-04-29"))) == ["e-t1", "e-apr"])
        #expect(ids(wheel.due(within: 8, of: date("2011-04-21"))) == ["e-t1"])
        #expect(wheel.due(within: -1, of: date("2011-04-29")) == [])
    }

    @Test func dueWithinRunsIntoTheNextYear() {
        let due = WheelFixtures.wheel().due(within: 45, of: date("2011-12-20"))
        #expect(due.map(\.date.display) == ["31.01.2012"])
        #expect(WheelFixtures.wheel().due(within: 800, of: date("2011-12-20")).count == 15)
    }

    @Test func overdueIsThisYearsEventsBeforeTheDate() {
        let wheel = WheelFixtures.wheel()
        #expect(ids(wheel.overdue(before: date("2011-03-31"))) == ["e-jan", "e-feb"])
        #expect(ids(wheel.overdue(before: date("2011-04-01"))) == ["e-jan", "e-feb", "e-q1", "e-mar"])
        #expect(wheel.overdue(before: date("2012-01-01")) == [])
        #expect(wheel.overdue(before: date("2011-12-31")).count == 7)
    }

    @Test func whoIsWrittenInAFixedOrder() throws {
        let event = WheelEvent(id: "a", when: .fixed(day: 1, month: 1), title: "Møte", who: [.leader, .politicians, .director, .chiefExecutive, .contactPerson], kind: .meeting)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(event), as: UTF8.self)
        #expect(json.contains(#""who":["politicians","chiefExecutive","director","contactPerson","leader"]"#))
        #expect(try JSONDecoder().decode(WheelEvent.self, from: Data(json.utf8)) == event)
    }

    @Test func linksAreObjectsWithOneKey() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let links: [(WheelLink, String)] = [(.milestone(.midYearReview), #"{"milestone":"midYearReview"}"#), (.indicator("Elevundersøkinga"), #"{"indicator":"Elevundersøkinga"}"#)]
        for (link, json) in links {
            #expect(String(decoding: try encoder.encode(link), as: UTF8.self) == json)
            #expect(try JSONDecoder().decode(WheelLink.self, from: Data(json.utf8)) == link)
        }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(WheelLink.self, from: Data(#"{"milestone":"midYearReview","indicator":"x"}"#.utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(WheelLink.self, from: Data("{}".utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(WheelLink.self, from: Data(#"{"milestone":"lunch"}"#.utf8)) }
    }

    @Test func municipalities() {
        var wheel = WheelFixtures.wheel()
        #expect(wheel.applies(to: "testkommune"))
        #expect(!wheel.applies(to: "Sula"))
        wheel.municipalities = []
        #expect(wheel.applies(to: "Sula"))
    }
}
