import AgreementKit
import Catalogue

/// The indicator CSV of `lederavtale indicator import|export`: a header line naming the columns
/// (any order; `;`, `,` or tab between fields, quotes as in RFC 4180), then one value a line.
public enum IndicatorCSV {
    /// The columns, by their names in the header.
    public enum Column: String, CaseIterable, Sendable {
        case agreement, goal, indicator, period, value, kind, source, unit, better, perspective
    }

    /// The columns every file must have.
    public static let required: [Column] = [.agreement, .goal, .indicator, .period, .value]

    /// One field of a line and the column (1-based, in characters) where it starts.
    public struct Field: Equatable, Sendable {
        public let text: String
        public let column: Int

        public init(text: String, column: Int) {
            self.text = text
            self.column = column
        }
    }

    /// One data line: its number in the file and its fields by column.
    public struct Record: Equatable, Sendable {
        public let line: Int
        public let fields: [Column: Field]

        public init(line: Int, fields: [Column: Field]) {
            self.line = line
            self.fields = fields
        }

        /// The field's text without surrounding spaces, and without the `'` the export puts before a formula sign.
        public func text(_ column: Column) -> String {
            let text = fields[column]?.text.trimmingCharacters(in: .whitespaces) ?? ""
            guard text.first == "'", let second = text.dropFirst().first, FormulaGuard.triggers.contains(second) else { return text }
            return String(text.dropFirst())
        }
        /// Where a column's field starts (the line's start when the column is absent).
        public func column(_ column: Column) -> Int { fields[column]?.column ?? 1 }
    }

    /// A problem at a place in the file: `file:line:column: why`.
    public struct Located: Error, Equatable, Sendable {
        public let line: Int
        public let column: Int
        public let problem: IndicatorCSVProblem
    }

    /// Every problem found, in file order.
    public struct Problems: Error, Equatable, Sendable {
        public let all: [Located]
    }

    /// The data lines of a file, or every problem with its shape (header, field counts, quotes).
    public static func parse(_ text: String) -> Result<[Record], Problems> {
        let rows: [(line: Int, fields: [Field])]
        switch IndicatorCSVReader.rows(text) {
        case .success(let r): rows = r
        case .failure(let located): return .failure(Problems(all: [located]))
        }
        guard let header = rows.first else { return .failure(Problems(all: [Located(line: 1, column: 1, problem: .empty)])) }
        var problems: [Located] = []
        var columns: [Column?] = []
        for field in header.fields {
            let name = field.text.trimmingCharacters(in: .whitespaces)
            let column = Column.allCases.first { $0.rawValue.lowercased() == name.lowercased() }
            if column == nil {
                problems.append(Located(line: header.line, column: field.column, problem: .unknownColumn(name, known: Column.allCases.map(\.rawValue))))
            } else if columns.contains(column) {
                problems.append(Located(line: header.line, column: field.column, problem: .duplicateColumn(name)))
            }
            columns.append(column)
        }
        if columns.allSatisfy({ $0 == nil }) {
            return .failure(Problems(all: [Located(line: header.line, column: 1, problem: .headerMissing(expected: Column.allCases.map(\.rawValue)))]))
        }
        for column in required where !columns.contains(column) {
            problems.append(Located(line: header.line, column: 1, problem: .missingColumn(column.rawValue)))
        }
        var records: [Record] = []
        for row in rows.dropFirst() {
            guard row.fields.count == columns.count else {
                problems.append(Located(line: row.line, column: 1, problem: .fieldCount(found: row.fields.count, expected: columns.count)))
                continue
            }
            var fields: [Column: Field] = [:]
            for (column, field) in zip(columns, row.fields) { if let column { fields[column] = field } }
            records.append(Record(line: row.line, fields: fields))
        }
        return problems.isEmpty ? .success(records) : .failure(Problems(all: problems))
    }

    /// Every value of every measured indicator of the agreements, header first, `;` between fields.
    public static func write(_ agreements: [Agreement]) -> String {
        var lines = [Column.allCases.map(\.rawValue).joined(separator: ";")]
        for agreement in agreements {
            for (_, row, indicator) in agreement.allIndicators {
                let goal = RowAddress.address(of: row.id, in: agreement)
                var values: [(IndicatorValueKind, IndicatorValue)] = indicator.baseline.map { [(.baseline, $0)] } ?? []
                values += indicator.targets.map { (.target, $0) } + indicator.results.map { (.result, $0) }
                values += indicator.comparisons.map { (IndicatorValueKind($0.kind), IndicatorValue(period: $0.period, value: $0.value, source: $0.source)) }
                for (kind, value) in values {
                    let fields = [agreement.id, goal, indicator.name, value.period.id, IndicatorNumber.format(value.value), kind.rawValue, value.source,
                                  indicator.unit.rawValue, indicator.better.rawValue, indicator.perspective?.rawValue ?? ""]
                    lines.append(fields.map(quoted).joined(separator: ";"))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func quoted(_ raw: String) -> String {
        let field = FormulaGuard.neutralized(raw)
        guard field.contains(where: { $0 == ";" || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
