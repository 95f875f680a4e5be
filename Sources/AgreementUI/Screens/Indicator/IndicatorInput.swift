import AgreementKit
import Catalogue

/// Reading what a person types into the indicator forms, by the words the catalogue accepts
/// (the language's own and the English ids), case ignored.
enum IndicatorInput {
    static func unit(_ text: String, words: any Wording) -> IndicatorUnit? {
        match(text, IndicatorUnit.allCases, words.unitAliases)
    }

    static func better(_ text: String, words: any Wording) -> BetterDirection? {
        match(text, BetterDirection.allCases, words.betterAliases)
    }

    /// A perspective, or `.some(nil)` for none (an empty field); nil when not understood.
    static func perspective(_ text: String, words: any Wording) -> Perspective?? {
        if text.trimmingCharacters(in: .whitespaces).isEmpty { return .some(nil) }
        return match(text, Perspective.allCases, words.perspectiveAliases).map { .some($0) }
    }

    static func comparison(_ text: String, words: any Wording) -> ComparisonKind? {
        match(text, IndicatorValueKind.allCases.filter { $0.comparison != nil }, words.valueKindAliases)?.comparison
    }

    /// The value kind a CSV cell or field names; an empty one is a result.
    static func valueKind(_ text: String, words: any Wording) -> IndicatorValueKind? {
        if text.trimmingCharacters(in: .whitespaces).isEmpty { return .result }
        return match(text, IndicatorValueKind.allCases, words.valueKindAliases)
    }

    private static func match<T>(_ text: String, _ cases: [T], _ aliases: (T) -> [String]) -> T? {
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !wanted.isEmpty else { return nil }
        return cases.first { aliases($0).contains { $0.lowercased() == wanted } }
    }

    /// The first word a person may type for a value: what a form is filled in with.
    static func shown(_ unit: IndicatorUnit, words: any Wording) -> String { words.unitAliases(unit).first ?? unit.rawValue }
    static func shown(_ better: BetterDirection, words: any Wording) -> String { words.betterAliases(better).first ?? better.rawValue }
    static func shown(_ perspective: Perspective?, words: any Wording) -> String {
        perspective.map { words.perspectiveAliases($0).first ?? $0.rawValue } ?? ""
    }
}
