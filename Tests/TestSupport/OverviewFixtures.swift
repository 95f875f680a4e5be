import AgreementGenerator
import AgreementKit
import AgreementStore
import AgreementUI

/// The sample store as the overview sees it — the two samples and the demo municipality on the
/// store's date, 15.09.2011 — in interface states, for update and render tests.
public enum OverviewFixtures {
    public static let asOf = LocalDate(year: 2011, month: 9, day: 15)!

    /// Every agreement of a store made by `init --sample`.
    public static let agreements: [Agreement] = ((try? SampleCatalog.agreements()) ?? []) + ((try? DemoMunicipality.agreements()) ?? [])

    /// What the executable would send after `.loadOverview`: the lines on `asOf`, and `problems` as worded file errors.
    public static func data(problems: [String] = []) -> OverviewData {
        OverviewData(summaries: agreements.map(AgreementSummary.init), problems: problems, on: asOf)
    }

    /// The picker of the sample store, on 15.09.2011, with `person` as the config's name.
    public static func picker(_ width: Int = 80, _ height: Int = 24, person: String = "Ingrid Solberg") -> AppState {
        let entries = agreements.map { PickerEntry(id: $0.id, unit: $0.header.unit, year: $0.header.year, phase: $0.phase, progress: $0.progress) }
        return AppState(entries: entries, size: Size(width: width, height: height), today: asOf, person: person, todayIsFixed: true)
    }

    /// The overview over the picker, loaded.
    public static func overview(_ width: Int = 80, _ height: Int = 24, person: String = "Ingrid Solberg", problems: [String] = []) -> AppState {
        var state = picker(width, height, person: person)
        _ = state.update(.key(.control("o")))
        _ = state.update(.overviewLoaded(data(problems: problems)))
        return state
    }

    /// The agreement the `.open` effect asks for, as the executable would answer.
    public static func opened(_ id: String) -> Message {
        guard let agreement = agreements.first(where: { $0.id == id }) else { return .openFailed("fant ingen avtale «\(id)»") }
        return .opened(Opened(agreement: agreement, stamp: nil, lock: .held))
    }
}

extension AppState {
    /// The overview on top, if it is.
    public var overview: OverviewState? { top.as(OverviewState.self) }
    /// The goal matrix on top, if it is.
    public var matrix: MatrixState? { top.as(MatrixState.self) }
}
