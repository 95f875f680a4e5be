/// Norwegian nynorsk. Each area of the catalogue is in its own file, beside bokmål's, with its
/// cases in the same order.
public struct Nynorsk: Wording {
    public init() {}

    /// "1 loggføring", "2 loggføringar".
    func count(_ n: Int, _ one: String, _ other: String) -> String {
        "\(n) \(n == 1 ? one : other)"
    }
}
