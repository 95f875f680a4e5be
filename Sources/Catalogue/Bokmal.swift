/// Norwegian bokmål, the default language. Each area of the catalogue is in its own file.
public struct Bokmal: Wording {
    public init() {}

    /// "1 loggføring", "2 loggføringer".
    func count(_ n: Int, _ one: String, _ other: String) -> String {
        "\(n) \(n == 1 ? one : other)"
    }
}
