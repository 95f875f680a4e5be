/// One terminal cell: a grapheme cluster (empty for the right half of a wide one) and its role,
/// in four bytes without any heap: a grapheme of one scalar (nearly every cell) is stored as the
/// scalar's value, a longer cluster (a flag, a letter with combining marks, an emoji sequence) as
/// its number in `GraphemeTable`. Copying, comparing and clearing cells is plain memory work, and
/// a 200 × 60 screen is 48 kB: a frame touches half the memory eight-byte cells did.
public struct Cell: Hashable, Sendable {
    /// The code in the low 24 bits, the role's ordinal in the high 8: equal cells are equal
    /// words, and rows are compared with one `memcmp` (`CellDiff`).
    @usableFromInline var bits: UInt32

    /// A scalar value (≤ U+10FFFF), `Cell.continuationCode`, or `Cell.clusterBit` with a
    /// `GraphemeTable` number. Equal codes mean equal text: the table keeps each cluster once.
    @usableFromInline var code: UInt32 {
        @inlinable get { bits & Cell.codeMask }
        @inlinable set { bits = bits & ~Cell.codeMask | newValue & Cell.codeMask }
    }

    /// The role as its `Role.ordinal`.
    @usableFromInline var roleOrdinal: UInt32 {
        @inlinable get { bits >> 24 }
        @inlinable set { bits = bits & Cell.codeMask | newValue << 24 }
    }

    public var role: Role {
        @inlinable get { unsafeBitCast(UInt8(truncatingIfNeeded: bits >> 24), to: Role.self) }
        @inlinable set { bits = bits & Cell.codeMask | UInt32(newValue.ordinal) << 24 }
    }

    @usableFromInline static let codeMask: UInt32 = 0x00FF_FFFF
    @usableFromInline static let continuationCode: UInt32 = 0x007F_FFFF
    @usableFromInline static let clusterBit: UInt32 = 0x0080_0000
    /// The most clusters a code can number (`GraphemeTable` stops there).
    static let clusterLimit: UInt32 = 0x007F_FFFF
    @usableFromInline static let spaceCode: UInt32 = 0x20

    public init(_ text: String = " ", role: Role = .normal) {
        self.bits = Cell.code(of: text.unicodeScalars) { text } | UInt32(role.ordinal) << 24
    }

    /// A cell of one grapheme.
    public init(_ character: Character, role: Role) {
        self.bits = Cell.code(of: character.unicodeScalars) { String(character) } | UInt32(role.ordinal) << 24
    }

    /// A cell of one scalar that is a grapheme of its own (no heap, no lookup).
    @inlinable
    public init(scalar: Unicode.Scalar, role: Role) {
        self.bits = scalar.value | UInt32(role.ordinal) << 24
    }

    /// A cell from its code and role as `bits` holds them (a scalar value below U+800000 and a
    /// role's ordinal shifted by 24), for a loop that has already checked both.
    @inlinable
    init(bits: UInt32) {
        self.bits = bits
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
        guard let number = GraphemeTable.shared.number(whole()) else { return first.value }
        return clusterBit | number
    }
}
