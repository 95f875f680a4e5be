/// Whether an indicator's last result meets its target: derived from the target and the better
/// direction, never stored. Shown with a glyph and words as well as a colour.
public enum IndicatorStatus: String, CaseIterable, Equatable, Sendable {
    case met
    case notMet
    /// No result yet.
    case noResult
    /// Results, but no target for the last one's period.
    case noTarget

    /// True when there is nothing to judge by (no result or no target).
    public var isNoData: Bool { self == .noResult || self == .noTarget }
}
