import AgreementKit

/// What is wrong with one line (or field) of an indicator CSV file; reported as
/// `file:line:column: why`, and the import then changes nothing.
public enum IndicatorCSVProblem: Error, Equatable, Sendable {
    case empty
    /// The first line does not name the columns; the names expected.
    case headerMissing(expected: [String])
    case unknownColumn(String, known: [String])
    case duplicateColumn(String)
    case missingColumn(String)
    case fieldCount(found: Int, expected: Int)
    case unterminatedQuote
    case unknownAgreement(String, suggestions: [String])
    case ambiguousAgreement(String, candidates: [String])
    case unreadableAgreement(String)
    case unknownGoal(String, agreement: String, known: [String])
    case ambiguousGoal(String, candidates: [String])
    case unknownIndicator(String, goal: String, known: [String])
    case ambiguousIndicator(String, candidates: [String])
    /// A new indicator needs its unit and direction (the `unit` and `better` columns).
    case newIndicatorNeedsUnit(String)
    case badPeriod(String, year: Int)
    case badNumber(IndicatorNumber.Problem)
    case badKind(String)
    case badUnit(String)
    case badBetter(String)
    case badPerspective(String)
    /// The same value is given twice in the file with different numbers; the line of the first.
    case conflicting(firstLine: Int)
    /// The phase does not allow the change (worded refusal), or it needs `--reason`.
    case notEditable(String)
    case needsReason(phase: Phase)
    /// The agreement is open for writing in another session (its holder worded).
    case locked(String)
}
