import AgreementKit
import AgreementStore
@testable import AgreementUI
import Catalogue
import TestSupport
import Testing

/// The overview through `update`: keys in, the exact state out — reached from the picker and
/// the main screen, filtered, sorted, an agreement opened and returned from on the same line.
@Suite("Overview: keys in, state out")
struct OverviewUpdateTests {
    private func units(_ state: AppState) -> [String] {
        state.overview?.visibleRows.map { "\($0.unit) \($0.year)" } ?? []
    }

    @Test func ctrlOInThePickerAsksForTheIndexAndFillsTheOverviewWhenItArrives() {
        var state = OverviewFixtures.picker()
        let effects = SampleState.press(&state, .control("o"))
        #expect(effects == [.loadOverview(on: OverviewFixtures.asOf)])
        #expect(state.stack.count == 2 && state.overview?.isLoaded == false)
        #expect(SampleState.render(state).contains("Leser oversikten"))
        _ = state.update(.overviewLoaded(OverviewFixtures.data()))
        #expect(state.overview?.visible.count == 20)
        #expect(state.overview?.selectedID == "bjorkelia-skole-2011", "sorted by unit, newest year first")
    }

    @Test func typingFiltersLikeThePickerAndBackspaceWidens() {
        var state = OverviewFixtures.overview()
        SampleState.type(&state, "solsiden")
        #expect(units(state) == ["Solsiden sykehjem 2011", "Solsiden sykehjem 2010"])
        SampleState.type(&state, " 2010")
        #expect(units(state) == ["Solsiden sykehjem 2010"])
        SampleState.press(&state, .backspace, .backspace, .backspace, .backspace, .backspace)
        #expect(state.overview?.filter.text == "solsiden")
        #expect(units(state).count == 2)
        SampleState.type(&state, "qjk")
        #expect(units(state).isEmpty && SampleState.render(state).contains("Ingen avtaler passer filteret."))
        SampleState.press(&state, .control("u"))
        #expect(units(state).count == 20)
    }

    @Test func backspaceWidensToExactlyWhatTheShorterFilterShows() {
        var random = SplitMix64(seed: 11)
        let keys: [Key] = [.character("s"), .character("o"), .character("l"), .character(" "), .character("1"), .character("ø"),
                           .paste("ke"), .backspace, .backspace, .backspace, .control("u")]
        var state = OverviewFixtures.overview()
        for _ in 0..<300 {
            SampleState.press(&state, keys[Int(random.next() % UInt64(keys.count))])
            let text = state.overview?.filter.text ?? ""
            var fresh = OverviewFixtures.overview()
            SampleState.press(&fresh, .paste(text))
            #expect(state.overview?.visible == fresh.overview?.visible, "after typing to «\(text)»")
        }
    }

    @Test func mineIsTheConfigsNameAsContactPerson() {
        var state = OverviewFixtures.overview()
        SampleState.press(&state, .function(2))
        #expect(state.overview?.visibleRows.allSatisfy { $0.contactPerson == "Ingrid Solberg" } == true)
        #expect(units(state) == ["Bjørkelia skole 2011", "Bjørkelia skole 2010", "Elvetangen fritidsklubb 2011", "Furumo barnehage 2011",
                                 "Hjemmetjenesten Vestbyen 2011"])
        #expect(state.statusText == "Viser bare: Mine")
        SampleState.press(&state, .alt("m"))
        #expect(units(state).count == 20 && state.statusText == "Alle kontaktpersoner")

        var nameless = OverviewFixtures.overview(person: "")
        SampleState.press(&nameless, .function(2))
        #expect(units(nameless).count == 20)
        #expect(nameless.core.status?.kind == .warning && nameless.statusText?.contains("config set name") == true)
    }

    @Test func serviceAreaPhaseYearStepThroughTheirValuesThenBackToAll() {
        var state = OverviewFixtures.overview()
        SampleState.press(&state, .function(3))
        #expect(state.overview?.filter.serviceArea == "Helse og velferd")
        SampleState.press(&state, .function(3), .function(3), .function(3))
        #expect(state.overview?.filter.serviceArea == "Oppvekst og utdanning")
        SampleState.press(&state, .function(3))
        #expect(state.overview?.filter.serviceArea == nil && state.statusText == "Alle tjenesteområder")
        SampleState.press(&state, .function(4))
        #expect(units(state) == ["Furumo barnehage 2011"])
        SampleState.press(&state, .function(4), .function(4))
        #expect(units(state) == ["Solsiden sykehjem 2010"])
        SampleState.press(&state, .function(4), .function(4))
        #expect(state.overview?.filter.phase == nil)
        SampleState.press(&state, .function(6))
        #expect(state.overview?.filter.year == 2013 && units(state) == ["Eide barneskole 2013"])
        SampleState.press(&state, .function(6), .function(6), .function(6))
        #expect(state.overview?.filter.year == nil)
    }

    @Test func behindShowsOnlyTheLateAndSortingByDeadlinePutsTheOldestFirst() {
        var state = OverviewFixtures.overview()
        SampleState.press(&state, .function(5))
        #expect(units(state).count == 7 && state.overview?.visibleRows.allSatisfy(\.isBehind) == true)
        for _ in 0..<7 { SampleState.press(&state, .right) }
        #expect(state.overview?.sort == OverviewSort(column: .deadline))
        #expect(units(state).prefix(3) == ["Solsiden sykehjem 2010", "Furumo barnehage 2011", "Solsiden sykehjem 2011"])
        SampleState.press(&state, .control("r"))
        #expect(state.overview?.sort == OverviewSort(column: .deadline, descending: true))
        #expect(units(state).last == "Solsiden sykehjem 2010")
        SampleState.press(&state, .left, .left, .left, .left, .left, .left, .left, .left)
        #expect(state.overview?.sort.column == OverviewColumn.allCases.last, "← from the first column wraps to the last")
    }

    @Test func sortingKeepsTheCursorOnItsAgreement() {
        var state = OverviewFixtures.overview()
        SampleState.press(&state, .down, .down, .down)
        let id = state.overview?.selectedID
        #expect(id == "eikrem-ungdomsskole-2011")
        SampleState.press(&state, .right, .right, .control("r"))
        #expect(state.overview?.selectedID == id)
        #expect(state.overview?.selectedRow?.id == id)
    }

    @Test func enterOpensAndEscComesBackToTheSameLineWithSortAndFilterKept() {
        var state = OverviewFixtures.overview()
        SampleState.press(&state, .function(2))
        for _ in 0..<7 { SampleState.press(&state, .right) }
        SampleState.press(&state, .down)
        let before = state.overview
        let id = before?.selectedID ?? ""
        let effects = SampleState.press(&state, .enter)
        #expect(effects == [.open(id)])
        _ = state.update(OverviewFixtures.opened(id))
        #expect(state.stack.count == 3 && state.browse != nil && state.agreement?.id == id)
        #expect(state.stack[1].as(OverviewState.self) == before, "the overview waits below, unchanged")
        let back = SampleState.press(&state, .escape)
        #expect(back == [.releaseLock(id), .loadOverview(on: OverviewFixtures.asOf)])
        #expect(state.agreement == nil && state.overview != nil)
        _ = state.update(.overviewLoaded(OverviewFixtures.data()))
        #expect(state.overview?.selectedID == id)
        #expect(state.overview?.filter == before?.filter && state.overview?.sort == before?.sort && state.overview?.cursor == before?.cursor)
    }

    @Test func theConversationKeyOpensTheUnitInItsConversationAndEscComesBackToTheSameLine() throws {
        var state = OverviewFixtures.overview()
        SampleState.press(&state, .function(5))
        SampleState.press(&state, .right)
        SampleState.press(&state, .down)
        let before = state.overview
        let id = try #require(before?.selectedID)
        #expect(SampleState.press(&state, .function(7)) == [.open(id)])
        let agreement = try #require(OverviewFixtures.agreements.first { $0.id == id })
        _ = state.update(.opened(Opened(agreement: agreement, stamp: nil, lock: .held, companions: SampleCalendar.companions(for: agreement))))
        let conversation = try #require(state.top.as(ConversationState.self), "straight into the conversation, not the main screen")
        #expect(conversation.step == .lastTime && conversation.backToOverview)
        #expect(state.stack.count == 4 && state.stack[2].as(BrowseState.self) != nil && state.agreement?.id == id)
        let back = SampleState.press(&state, .escape)
        #expect(back == [.releaseLock(id), .loadOverview(on: OverviewFixtures.asOf)], "Esc leaves the conversation and the agreement")
        #expect(state.statusText == state.core.words.conversation(.leftToOverview), "the way back in is F7 in the overview, not s")
        _ = state.update(.overviewLoaded(OverviewFixtures.data()))
        #expect(state.stack.count == 2 && state.overview?.selectedID == id)
        #expect(state.overview?.filter == before?.filter && state.overview?.sort == before?.sort && state.overview?.cursor == before?.cursor)
        // Alt-s does the same.
        #expect(SampleState.press(&state, .alt("s")) == [.open(id)])
        _ = state.update(OverviewFixtures.opened(id))
        #expect(state.top.as(ConversationState.self) == nil && state.core.status?.kind == .warning, "without a guide it says so on the main screen")
        #expect(SampleState.press(&state, .escape) == [.releaseLock(id), .loadOverview(on: OverviewFixtures.asOf)])
    }

    @Test func oOnTheMainScreenShowsTheOverviewOverTheOpenAgreement() {
        var state = AppState(agreement: SampleState.agreement, size: Size(width: 80, height: 24), today: OverviewFixtures.asOf)
        #expect(SampleState.press(&state, .character("o")) == [.loadOverview(on: OverviewFixtures.asOf)])
        #expect(state.stack.count == 2 && state.overview != nil)
        _ = state.update(.overviewLoaded(OverviewFixtures.data()))
        // Enter on the agreement already open goes back to it; Esc with nothing to clear too.
        SampleState.type(&state, "hoeggen")
        #expect(SampleState.press(&state, .enter) == [])
        #expect(state.stack.count == 1 && state.browse != nil)
        SampleState.press(&state, .character("o"))
        _ = state.update(.overviewLoaded(OverviewFixtures.data()))
        SampleState.press(&state, .escape)
        #expect(state.stack.count == 1 && state.agreement?.id == "hoeggen-skole-2011")
        // Another agreement replaces the open one; the overview stays below it.
        SampleState.press(&state, .character("o"))
        _ = state.update(.overviewLoaded(OverviewFixtures.data()))
        SampleState.type(&state, "furumo")
        #expect(SampleState.press(&state, .enter) == [.open("furumo-barnehage-2011")])
        _ = state.update(OverviewFixtures.opened("furumo-barnehage-2011"))
        #expect(state.stack.count == 2 && state.stack[0].as(OverviewState.self) != nil && state.agreement?.id == "furumo-barnehage-2011")
        // o from there goes back to that overview, closing the agreement.
        #expect(SampleState.press(&state, .character("o")) == [.releaseLock("furumo-barnehage-2011"), .loadOverview(on: OverviewFixtures.asOf)])
        #expect(state.stack.count == 1 && state.overview?.filter.text == "furumo")
    }

    @Test func changesThatCouldNotBeSavedAreNeverLeftBehind() {
        var state = AppState(agreement: SampleState.agreement, size: Size(width: 80, height: 24), today: OverviewFixtures.asOf)
        state.core.session.unsaved = true
        SampleState.press(&state, .character("o"))
        _ = state.update(.overviewLoaded(OverviewFixtures.data()))
        SampleState.type(&state, "furumo")
        #expect(SampleState.press(&state, .enter) == [])
        #expect(state.core.status?.kind == .warning && state.overview != nil)
    }

    @Test func escClearsTheTextThenTheQuickFiltersThenLeaves() {
        var state = OverviewFixtures.overview()
        SampleState.press(&state, .function(5))
        SampleState.type(&state, "sol")
        SampleState.press(&state, .escape)
        #expect(state.overview?.filter == OverviewFilter(behindOnly: true))
        SampleState.press(&state, .escape)
        #expect(state.overview?.filter == OverviewFilter())
        SampleState.press(&state, .escape)
        #expect(state.picker != nil, "back to the picker it came from")

        var alone = AppState(core: state.core, screen: OverviewState())
        #expect(SampleState.press(&alone, .escape) == [.quit], "the overview of `lederavtale overview` quits")
    }

    @Test func aFileThatCannotBeReadIsALineOfItsOwnAndCounted() {
        let problem = "/lager/kopi-skole-2011.json:3:7: forventet «,» eller «}»"
        let state = OverviewFixtures.overview(problems: [problem])
        #expect(state.overview?.visible.count == 20, "the rest is all there")
        let screen = SampleState.render(state)
        #expect(screen.contains("ulesbar: /lager/kopi-skole-2011.json:3:7"))
        #expect(screen.contains("20 avtaler · 7 på etterskudd · 1 fil kan ikke leses"))
    }

    @Test func theCommandLinesFiltersArriveAsQuickFilters() {
        var state = AppState(core: OverviewFixtures.picker().core, screen: OverviewState(filter: OverviewFilter(serviceArea: "helse", behindOnly: true)))
        _ = state.update(.overviewLoaded(OverviewFixtures.data()))
        #expect(units(state) == ["Kvernmo bo- og aktivitetssenter 2011", "Solsiden sykehjem 2011", "Solsiden sykehjem 2010"])
        #expect(SampleState.render(state).contains(" helse "), "the chip names the filter")
    }
}
