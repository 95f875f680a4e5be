import AgreementKit
import AgreementStore
import AgreementUI

/// The Hoeggen sample in interface states, for render and update tests.
public enum SampleState {
    public static let agreement: Agreement = {
        (try? SampleCatalog.agreements().first { $0.id == "hoeggen-skole-2011" }) ?? Agreement(id: "missing", header: AgreementHeader(municipality: "", unit: "", serviceArea: "", year: 2011))
    }()

    public static let today = LocalDate(year: 2011, month: 3, day: 14)!

    /// The main screen on the sample (in its shipped phase, or another).
    public static func main(_ width: Int = 80, _ height: Int = 24, phase: Phase? = nil, party: Party = .leader, seed: UInt64 = 1) -> AppState {
        var agreement = agreement
        if let phase { agreement.phase = phase }
        return AppState(agreement: agreement, size: Size(width: width, height: height), today: today, seed: seed, party: party)
    }

    public static let entries = [
        PickerEntry(id: "hoeggen-skole-2011", unit: "Hoeggen skole", year: 2011, phase: .followUp, progress: Progress(rows: 24, goalAreas: 14, checklistTotal: 10)),
        PickerEntry(id: "eide-barneskole-2013", unit: "Eide barneskole", year: 2013, phase: .followUp, progress: Progress(rows: 12, rowsWithLog: 3, goalAreas: 6, checklistTotal: 10)),
        PickerEntry(id: "asen-barnehage-2012", unit: "Åsen barnehage", year: 2012, phase: .closed, progress: Progress(rows: 9, rowsWithLog: 9, goalAreas: 5, goalAreasAssessed: 5, checklistTotal: 10, checklistMarked: 10)),
    ]

    public static func picker(_ width: Int = 80, _ height: Int = 24) -> AppState {
        AppState(entries: entries, size: Size(width: width, height: height))
    }

    public static func render(_ state: AppState) -> Screen { Renderer.render(state, size: state.core.size) }

    /// Applies keys one after another, returning the effects of the last.
    @discardableResult
    public static func press(_ state: inout AppState, _ keys: Key...) -> [Effect] {
        var effects: [Effect] = []
        for key in keys { effects = state.update(.key(key)) }
        return effects
    }

    /// Types text, one key per character.
    public static func type(_ state: inout AppState, _ text: String) {
        for c in text { _ = state.update(.key(.character(c))) }
    }
}
