/// Which municipal template an agreement's common parts came from, with a fingerprint of each
/// municipal text as the template last gave it, so that applying the template again can tell
/// a text the unit has changed (kept) from one it has not (updated).
public struct TemplateLink: Equatable, Sendable, Codable {
    /// The template's name, e.g. `trondheim-2011`.
    public var name: String
    /// `Fingerprint` of each municipal text, keyed by its place (`TemplatePlace.key`).
    public var fingerprints: [String: String]

    public init(name: String, fingerprints: [String: String] = [:]) {
        self.name = name
        self.fingerprints = fingerprints
    }
}
