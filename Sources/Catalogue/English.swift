/// English, for staff and consultants who do not read Norwegian. Each area of the catalogue is
/// in its own file, beside bokmål's, with its cases in the same order; the domain's terms are
/// the README's glossary.
public struct English: Wording {
    public init() {}

    /// "1 log entry", "2 log entries".
    func count(_ n: Int, _ one: String, _ other: String) -> String {
        "\(n) \(n == 1 ? one : other)"
    }
}
