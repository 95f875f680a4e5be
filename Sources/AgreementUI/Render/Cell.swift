/// One terminal cell: a grapheme cluster (empty for the right half of a wide one) and its role,
/// in eight bytes without any heap: a grapheme of one scalar (nearly every cell) is stored as the
/// scalar's value, a longer cluster (a flag, a letter with combining marks, an emoji sequence) as
/// its number in `GraphemeTable`. Copying, comparing and clearing cells is plain memory work.
public struct Cell: Hashable, Sendable {
    /// A scalar value (≤ U+10FFFF), `Cell.continuationCode`, or `Cell.clusterBit` with a
    /// `GraphemeTable` number. Equal codes mean equal text: the table keeps each cluster once.
    @usableFromInline var code: UInt32
    /// The role as its `Role.ordinal`, four bytes wide so that a cell has no padding: equal cells
    /// are equal bytes, and rows are compared with one `memcmp` (`CellDiff`).
    @usableFromInline var roleOrdinal: UInt32

    public var role: Role {
        @inlinable get { unsafeBitCast(UInt8(truncatingIfNeeded: roleOrdinal), to: Role.self) }
        @inlinable set { roleOrdinal = UInt32(newValue.ordinal) }
    }

    @usableFromInline static let continuationCode: UInt32 = 0x7FFF_FFFF
    @usableFromInline static let clusterBit: UInt32 = 0x8000_0000
    @usableFromInline static let spaceCode: UInt32 = 0x20

    public init(_ text: String = " ", role: Role = .normal) {
        self.code = Cell.code(of: text.unicodeScalars) { text }
        self.roleOrdinal = UInt32(role.ordinal)
    }

    /// A cell of one grapheme.
    public init(_ character: Character, role: Role) {
        self.code = Cell.code(of: character.unicodeScalars) { String(character) }
        self.roleOrdinal = UInt32(role.ordinal)
    }

    /// A cell of one scalar that is a grapheme of its own (no heap, no lookup).
    @inlinable
    public init(scalar: Unicode.Scalar, role: Role) {
        self.code = scalar.value
        self.roleOrdinal = UInt32(role.ordinal)
    }

    /// A blank in `role`.
    @inlinable
    public static func space(_ role: Role) -> Cell { Cell(scalar: " ", role: role) }

    /// The right half of a double-width grapheme.
    @inlinable
    public static func continuation(_ role: Role) -> Cell {
        var cell = Cell(scalar: " ", role: role)
        cell.code = continuationCode
        return cell
    }

    public static let blank = Cell()

    /// The grapheme drawn here; `""` marks the continuation of a wide grapheme to the left.
    public var text: String {
        get {
            if code == Cell.continuationCode { return "" }
            if code & Cell.clusterBit != 0 { return GraphemeTable.shared.text(code & ~Cell.clusterBit) }
            return Unicode.Scalar(code).map { String(Character($0)) } ?? " "
        }
        set { code = Cell.code(of: newValue.unicodeScalars) { newValue } }
    }

    /// True for the right half of a double-width grapheme.
    @inlinable
    public var isContinuation: Bool { code == Cell.continuationCode }

    /// The scalar of a one-scalar grapheme, else nil (a cluster or a continuation).
    @inlinable
    public var scalar: Unicode.Scalar? {
        code & Cell.clusterBit == 0 && code != Cell.continuationCode ? Unicode.Scalar(code) : nil
    }

    /// Makes the cell a blank, keeping its role.
    @inlinable
    public mutating func blankText() { code = Cell.spaceCode }

    /// The code of a grapheme given by its scalars; `whole` makes the text when it has several.
    private static func code(of scalars: some Sequence<Unicode.Scalar>, whole: () -> String) -> UInt32 {
        var rest = scalars.makeIterator()
        guard let first = rest.next() else { return continuationCode }
        guard rest.next() != nil else { return first.value }
        return clusterBit | GraphemeTable.shared.number(whole())
    }
}
