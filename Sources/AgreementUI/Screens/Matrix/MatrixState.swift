import AgreementKit
import Catalogue

/// The goal matrix: the overview's rows grouped by service area, one column per common goal
/// area, the cursor on a cell (an agreement by id and a goal area by key) so it stays put when
/// the rows are read again; Enter opens that unit's goal area.
public struct MatrixState: ScreenState {
    /// A line of the grid: a service area's heading, or a unit (an index into `matrix.rows`).
    public enum Line: Equatable, Sendable {
        case group(String)
        case unit(Int)
    }

    public private(set) var matrix: GoalMatrix
    public private(set) var lines: [Line]
    /// The cursor's line (always a unit line when there is one) and column.
    public private(set) var line = 0
    public private(set) var column = 0
    /// The first column shown, when not every column fits.
    public private(set) var firstColumn = 0
    /// Each unit's line of the grid as drawn, by its row and the first column shown (a cache, made
    /// anew with the rows: a key that moves the cursor formats and measures no cell again; equal
    /// states may hold different memos).
    private(set) var gridLines = LayoutMemo<GridLine, [Cell]>(capacity: 512)

    /// What a kept grid line is: a unit's row with the columns from `firstColumn` on.
    struct GridLine: Hashable, Sendable {
        var row: Int
        var firstColumn: Int
    }

    public init(rows: [OverviewRow]) {
        matrix = GoalMatrix(rows: rows)
        lines = Self.lines(of: matrix)
        line = lines.firstIndex { if case .unit = $0 { true } else { false } } ?? 0
    }

    public func keyContext(_ core: AppCore) -> KeyContext { .matrix }

    /// The agreement under the cursor.
    public var selectedRow: OverviewRow? {
        guard lines.indices.contains(line), case .unit(let i) = lines[line] else { return nil }
        return matrix.rows[i]
    }

    /// The goal area under the cursor.
    public var selectedArea: GoalMatrix.Area? { matrix.areas.indices.contains(column) ? matrix.areas[column] : nil }

    /// The cell under the cursor.
    public var selectedCell: GoalAreaFacts? {
        guard lines.indices.contains(line), case .unit(let i) = lines[line], matrix.areas.indices.contains(column) else { return nil }
        return matrix.cells[i][column]
    }

    /// The same screen with its kept lines forgotten: drawing it lays every line out afresh, which
    /// a test compares with the memo.
    func forgettingLayouts() -> MatrixState {
        var copy = self
        copy.gridLines = LayoutMemo(capacity: 512)
        return copy
    }

    /// New rows (the overview read again): the cursor stays on its agreement and goal area.
    public mutating func reload(rows: [OverviewRow]) {
        let (id, key) = (selectedRow?.id, selectedArea?.key)
        self = MatrixState(rows: rows)
        if let key, let c = matrix.areas.firstIndex(where: { $0.key == key }) { column = c }
        if let id, let l = lines.firstIndex(where: { if case .unit(let i) = $0 { matrix.rows[i].id == id } else { false } }) { line = l }
    }

    public mutating func perform(_ action: Action, core: inout AppCore) -> Outcome {
        guard case .matrix(let command) = action else { return .none }
        let page = max(1, MatrixView.gridHeight(self, size: core.size) - 1)
        switch command {
        case .up: moveLine(by: -1)
        case .down: moveLine(by: 1)
        case .pageUp: moveLine(by: -page)
        case .pageDown: moveLine(by: page)
        case .left: column = max(0, column - 1)
        case .right: column = min(max(0, matrix.areas.count - 1), column + 1)
        case .open:
            guard let row = selectedRow else { return .none }
            guard let cell = selectedCell else {
                core.status = Status(core.words.overview(.noSuchArea), kind: .warning)
                return .none
            }
            return Outcome(navigation: [.openAgreement(row.id, reveal: .item(.goalArea(cell.id)))])
        case .back:
            return .pop
        }
        let shown = MatrixView.columnsShown(self, width: core.size.width)
        if column < firstColumn { firstColumn = column }
        if column >= firstColumn + shown { firstColumn = column - shown + 1 }
        return .none
    }

    public func render(_ core: AppCore, into screen: inout Screen) {
        MatrixView.draw(self, core, into: &screen)
    }

    /// Moves over unit lines only, `distance` of them, stopping at the ends.
    private mutating func moveLine(by distance: Int) {
        let units = lines.indices.filter { if case .unit = lines[$0] { true } else { false } }
        guard let here = units.firstIndex(of: line) ?? units.first.map({ _ in 0 }) else { return }
        line = units[min(max(0, here + distance), units.count - 1)]
    }

    private static func lines(of matrix: GoalMatrix) -> [Line] {
        var out: [Line] = []
        for (i, row) in matrix.rows.enumerated() {
            if i == 0 || matrix.rows[i - 1].serviceArea != row.serviceArea { out.append(.group(row.serviceArea)) }
            out.append(.unit(i))
        }
        return out
    }
}
