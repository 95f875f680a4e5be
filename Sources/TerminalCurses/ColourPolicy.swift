/// Whether to draw in colour, from the environment: the NO_COLOR convention (no-color.org) turns
/// colour off when the variable is set to a non-empty value; an empty `NO_COLOR=` is ignored.
public enum ColourPolicy {
    /// True when colour may be used.
    public static func from(environment: [String: String]) -> Bool {
        guard let value = environment["NO_COLOR"] else { return true }
        return value.isEmpty
    }
}
