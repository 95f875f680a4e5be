import Foundation

/// Finding a row's indicator by what a person writes: its id, its name (case and accents
/// ignored), or a unique start of its name.
public enum IndicatorLookup {
    public enum Resolution: Equatable, Sendable {
        case indicator(ItemID)
        /// None matches; the row's indicator names.
        case none(known: [String])
        case ambiguous([String])
    }

    public static func resolve(_ text: String, in row: GoalRow) -> Resolution {
        let wanted = fold(text)
        if let byID = row.indicators.first(where: { $0.id.rawValue == text.trimmingCharacters(in: .whitespaces) }) { return .indicator(byID.id) }
        let exact = row.indicators.filter { fold($0.name) == wanted }
        if exact.count == 1 { return .indicator(exact[0].id) }
        if exact.count > 1 { return .ambiguous(exact.map(\.name)) }
        let prefixed = wanted.isEmpty ? [] : row.indicators.filter { fold($0.name).hasPrefix(wanted) }
        switch prefixed.count {
        case 1: return .indicator(prefixed[0].id)
        case 0: return .none(known: row.indicators.map(\.name))
        default: return .ambiguous(prefixed.map(\.name))
        }
    }

    /// Lower case without accents or surrounding spaces: "Sykefravær " and "sykefravaer" differ, "Økt" and "økt" do not.
    static func fold(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
