import AgreementGenerator
import AgreementKit
import AgreementStore
import AgreementUI

/// A fixed key script on one screen, for the instruction-count guard (`check`): a starting state
/// and keys that come back to it, so every round costs the same.
struct CostScript: Sendable {
    let name: String
    let what: String
    let size: Size
    let keys: [Key]
    /// Scripts of one group are replayed one after the other in one process (`check` makes one callgrind
    /// run of the group), so what they share — the 5,000-entry agreement — is built once.
    var group: String? = nil
    /// The keys change the agreement: each save they ask for is made in a scratch store (`ScriptSaver`),
    /// and its cost counts with the key's.
    var saves = false
    let start: @Sendable () throws -> AppState

    static let today = LocalDate(year: 2011, month: 9, day: 15)!

    /// Every script, in the order the table prints them. A new screen adds its own here.
    static let all: [CostScript] = [
        CostScript(name: "browse", what: "main screen: move, Tab through the panes", size: Size(width: 120, height: 40), keys: KeyScript.main) {
            try sample(Size(width: 120, height: 40))
        },
        CostScript(name: "browse-200x60", what: "main screen at 200×60", size: Size(width: 200, height: 60), keys: KeyScript.main) {
            try sample(Size(width: 200, height: 60))
        },
        CostScript(name: "detail", what: "a row's fields: down and back", size: Size(width: 120, height: 40),
                   keys: [.down, .down, .down, .up, .up, .up]) {
            var state = try sample(Size(width: 120, height: 40))
            _ = state.update(.key(.down))
            _ = state.update(.key(.enter))
            return state
        },
        CostScript(name: "meeting", what: "mid-year review: next and previous goal area", size: Size(width: 120, height: 40),
                   keys: [.right, .right, .right, .left, .left, .left]) {
            var state = try sample(Size(width: 120, height: 40))
            _ = state.update(.key(.character("m")))
            return state
        },
        CostScript(name: "help", what: "the key list: scroll down and up", size: Size(width: 120, height: 40),
                   keys: [.down, .down, .pageDown, .pageUp, .up, .up]) {
            var state = try sample(Size(width: 120, height: 40))
            _ = state.update(.key(.character("?")))
            return state
        },
        CostScript(name: "overview", what: "overview of the demo municipality: filter, quick filters, move", size: Size(width: 120, height: 40),
                   keys: KeyScript.overview) {
            try overview()
        },
        CostScript(name: "matrix", what: "goal matrix of the demo municipality: across and down", size: Size(width: 120, height: 40),
                   keys: [.right, .right, .down, .down, .up, .up, .left, .left]) {
            var state = try overview()
            _ = state.update(.key(.tab))
            return state
        },
        CostScript(name: "wheel", what: "the annual wheel of the sample with the shipped wheels: dates down and up", size: Size(width: 120, height: 40),
                   keys: [.down, .down, .down, .up, .up, .up]) {
            var state = try sample(Size(width: 120, height: 40))
            _ = state.update(.key(.character("h")))
            return state
        },
        CostScript(name: "scorecard", what: "the scorecard of the Eide sample with \(SampleScorecard.count) indicators: down and up",
                   size: Size(width: 120, height: 40), keys: [.down, .down, .up, .up]) {
            var state = try sample(Size(width: 120, height: 40), id: "eide-barneskole-2013", adjust: SampleScorecard.filled)
            _ = state.update(.key(.character("i")))
            return state
        },
        CostScript(name: "conversation", what: "leader conversation: through the guide's areas and back", size: Size(width: 120, height: 40),
                   keys: [.right, .right, .right, .left, .left, .left]) {
            var state = try sample(Size(width: 120, height: 40))
            _ = state.update(.key(.character("s")))
            return state
        },
        CostScript(name: "save", what: "a log entry written and taken back (u), each change saved with its history", size: Size(width: 120, height: 40),
                   keys: [.character("l"), .character("M"), .character("å"), .character("l"), .character("t"), .enter, .character("u")], saves: true) {
            var state = try sample(Size(width: 120, height: 40))
            _ = state.update(.key(.down))
            return state
        },
        CostScript(name: "picker-2000", what: "picker of 2,000 agreements: move, filter, unfilter", size: Size(width: 120, height: 40),
                   keys: KeyScript.picker) {
            AppState(entries: entries(2000), size: Size(width: 120, height: 40))
        },
    ] + together + scale

    static func named(_ name: String) -> CostScript? { all.first { $0.name == name } }

    /// A sample (Hoeggen unless named) on the main screen, in its shipped phase, on a fixed day,
    /// with the shipped wheels and guide as the store would give them; `adjust` changes the agreement first.
    static func sample(_ size: Size, id: String = "hoeggen-skole-2011", adjust: (Agreement) throws -> Agreement = { $0 }) throws -> AppState {
        let agreements = try SampleCatalog.agreements()
        guard let agreement = agreements.first(where: { $0.id == id }) else { throw BenchFailure("the embedded sample \(id) is missing") }
        var state = AppState(agreement: try adjust(agreement), size: size, today: today, seed: 1)
        state.core.companions = Companions(wheels: try SampleCatalog.wheels().map { wheel in
            var all = wheel
            all.municipalities = []  // as if the store's wheel applied to every agreement
            return all
        }, guides: try SampleCatalog.guides())
        return state
    }

    /// The overview of the samples and the demo municipality, opened from the picker (Ctrl-O) as the executable answers it.
    static func overview() throws -> AppState {
        let agreements = try SampleCatalog.agreements() + DemoMunicipality.agreements()
        let summaries = agreements.map(AgreementSummary.init)
        var state = AppState(entries: summaries.map { PickerEntry(id: $0.id, unit: $0.unit, year: $0.year, phase: $0.phase, progress: $0.progress) },
                             size: Size(width: 120, height: 40), today: today)
        guard state.update(.key(.control("o"))) == [.loadOverview(on: today)] else { throw BenchFailure("Ctrl-O in the picker did not ask for the overview") }
        _ = state.update(.overviewLoaded(OverviewData(summaries: summaries, problems: [], on: today)))
        return state
    }

    /// A picker's entries for `count` generated units (names only: the picker reads the summary).
    static func entries(_ count: Int) -> [PickerEntry] {
        var rng = SplitMix64(seed: 1, stream: 0)
        return UnitCatalog.units(count: count, using: &rng).enumerated().map { index, unit in
            PickerEntry(id: "enhet-\(index)", unit: unit.name, year: 2011 + index % 3, phase: index % 5 == 0 ? .closed : .followUp,
                        progress: Progress(rows: 25, rowsWithLog: index % 25, goalAreas: 14, checklistTotal: 10))
        }
    }
}
