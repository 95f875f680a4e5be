/// A semantic style role for a cell; themes map roles to colours and attributes.
public enum Role: String, CaseIterable, Sendable, Codable {
    case normal
    case title
    case header
    case border
    case borderFocused
    case selection
    case selectionInactive
    case muted
    case phaseBlue
    case phaseOrange
    case phaseGreen
    case badgeBlue
    case badgeOrange
    case badgeGreen
    case badgeClosed
    case footerKey
    case footerText
    case status
    case warning
    case error
    case match
    case inert
    /// An indicator's target met (beside ✓ and words), and not met (beside ✗ and words).
    case met
    case notMet
}

extension Role {
    /// The role's place in `allCases` (0, 1, …) without a search, for tables indexed by role:
    /// a case without payload is stored as its place in the declaration (checked by `RoleTests`).
    @inlinable
    public var ordinal: Int { Int(unsafeBitCast(self, to: UInt8.self)) }
}

extension Role: Hashable {
    /// Hashed by place, not by name (a raw-valued enum otherwise hashes its name's text).
    @inlinable
    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }
}
