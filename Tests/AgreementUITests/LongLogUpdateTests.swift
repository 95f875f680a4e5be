import AgreementKit
@testable import AgreementUI
import TestSupport
import Testing

/// A row with a 5,000-entry log (issue 14.6): moving in it and stepping through search hits in
/// it never measures its entries again; only choosing another line does. (Speed itself is the
/// bench's; this counts the passes over every entry that made each key slow.)
@Suite("Update: a 5,000-entry log")
struct LongLogUpdateTests {
    static let count = 5_000

    /// The sample at 120×40 with 5,000 log entries on the first row of «Frivillighet», the
    /// cursor on that row.
    static func onLongRow() -> AppState {
        var agreement = SampleState.agreement
        let day = LocalDate(year: 2011, month: 3, day: 14) ?? SampleState.today
        agreement.goalAreas[0].rows[0].log = (0..<count).map { n in
            LogEntry(id: ItemID("log\(n)"), date: day, text: "Loggføring \(n) om dugnad og frivillighet på skolen, lang nok til å brytes over flere linjer")
        }
        var state = AppState(agreement: agreement, size: Size(width: 120, height: 40), today: SampleState.today, seed: 1)
        SampleState.press(&state, .down)
        return state
    }

    @Test func movingInTheLogMeasuresNothingAgain() throws {
        var state = Self.onLongRow()
        let built = try #require(state.browse).paneBuilds
        SampleState.press(&state, .tab, .tab)
        #expect(state.focus == .log)
        SampleState.press(&state, .end)
        let browse = try #require(state.browse)
        #expect(browse.focusedLogEntry?.text.hasPrefix("Loggføring \(Self.count - 1) ") == true)
        #expect(browse.logScroll <= browse.logCursor && browse.logScroll > 0, "the last entry is scrolled into view")
        SampleState.press(&state, .home, .down, .pageDown, .up)
        #expect(state.browse?.paneBuilds == built, "keys in one row never measure its 5,000 entries again")
    }

    @Test func steppingThroughHitsInTheSameRowMeasuresNothingAgain() throws {
        var state = Self.onLongRow()
        let built = try #require(state.browse).paneBuilds
        SampleState.press(&state, .character("/"))
        SampleState.type(&state, "dugnad")
        SampleState.press(&state, .enter)
        let search = try #require(state.browse?.search)
        #expect(search.hits.count == Self.count)
        #expect(state.focus == .log)
        for step in 1...20 {
            SampleState.press(&state, .character("n"))
            let browse = try #require(state.browse)
            #expect(browse.focusedLogEntry?.text == search.hits[browse.search?.current ?? -1].text, "step \(step)")
            #expect(browse.logScroll <= browse.logCursor, "step \(step): the hit is in view")
        }
        SampleState.press(&state, .character("N"), .character("N"))
        #expect(state.browse?.paneBuilds == built, "n and N within the row never measure its entries again")
        // Another line is measured once.
        SampleState.press(&state, .escape)
        #expect(state.focus == .goals)
        SampleState.press(&state, .down)
        #expect(state.browse?.paneBuilds == built + 1)
    }

    @Test func goingBackOntoTheRowMakesItsEntriesOnce() throws {
        var state = Self.onLongRow()
        let built = try #require(state.browse).paneBuilds
        let entries = try #require(state.browse).log.entries
        // Up onto «Frivillighet» (all its rows, the 5,000 entries among them; chosen when the
        // agreement opened) and down again, twice.
        SampleState.press(&state, .up)
        #expect(state.browse?.paneBuilds == built, "the goal area's panes are kept from when it was chosen")
        SampleState.press(&state, .down, .up, .down)
        let browse = try #require(state.browse)
        #expect(browse.paneBuilds == built, "moving back onto a line chosen lately makes nothing again")
        #expect(browse.log.entries == entries)
        #expect(browse.logCursor == 0 && browse.logScroll == 0, "the cursors start over on a chosen line")
        #expect(browse.log.measuredCount < 100, "only the entries shown are measured: \(browse.log.measuredCount)")
    }

    @Test func theEndOfTheLogMeasuresOnlyWhatIsShown() throws {
        var state = Self.onLongRow()
        SampleState.press(&state, .tab, .tab, .end)
        let browse = try #require(state.browse)
        #expect(browse.logCursor == browse.log.count - 1)
        #expect(browse.log.measuredCount < 100, "the start and the end of the log, not the 5,000: \(browse.log.measuredCount)")
    }

    @Test func aNewEntryIsShownAfterMovingAway() throws {
        var state = Self.onLongRow()
        SampleState.press(&state, .character("l"))
        SampleState.type(&state, "Den nye loggføringen")
        SampleState.press(&state, .enter)
        #expect(state.agreement?.goalAreas[0].rows[0].log.count == Self.count + 1)
        // Away and back: the panes kept from before the change are not used.
        SampleState.press(&state, .up, .down)
        let browse = try #require(state.browse)
        #expect(browse.log.count == Self.count + 1)
        #expect(browse.log.entries.contains { $0.text == "Den nye loggføringen" })
    }
}
