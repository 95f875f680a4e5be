/// One terminal cell: a grapheme cluster (empty for the right half of a wide one) and its role.
public struct Cell: Equatable, Sendable {
    /// The grapheme drawn here; `""` marks the continuation of a wide grapheme to the left.
    public var text: String
    public var role: Role

    public init(_ text: String = " ", role: Role = .normal) {
        self.text = text
        self.role = role
    }

    public static let blank = Cell()
    /// True for the right half of a double-width grapheme.
    public var isContinuation: Bool { text.isEmpty }
}
