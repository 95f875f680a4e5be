/// The overview's order: a column and a direction; ties fall to unit (Norwegian order), then
/// the newest year, then the id, whichever way the column runs.
public struct OverviewSort: Equatable, Hashable, Sendable {
    public var column: OverviewColumn
    public var descending: Bool

    public init(column: OverviewColumn, descending: Bool = false) {
        self.column = column
        self.descending = descending
    }

    /// By unit, as `list` sorts.
    public static let standard = OverviewSort(column: .unit)

    /// Whether `a` comes before `b`.
    public func inOrder(_ a: OverviewRow, _ b: OverviewRow) -> Bool {
        if let ascending = column.ascending(a, b) { return ascending != descending }
        if a.unit != b.unit { return NorwegianOrder.less(a.unit, b.unit) }
        if a.year != b.year { return a.year > b.year }
        return a.id < b.id
    }
}
