/// Keeps a spreadsheet from running what a CSV field says (CSV or formula injection, OWASP):
/// a field that begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`,
/// so Excel and LibreOffice show it as text. Plain numbers (`-3`, `-3,5`, `+47`) stay numbers.
enum FormulaGuard {
    /// The characters a spreadsheet reads as the start of a formula.
    static let triggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\r\n"]

    /// The field, with `'` in front when a spreadsheet could take it as a formula.
    static func neutralized(_ field: String) -> String {
        guard let first = field.first, triggers.contains(first), !isNumber(field) else { return field }
        return "'" + field
    }

    /// True for a signed decimal number with `,` or `.` as decimal mark: `-3`, `+4,5`, `-0.25`.
    static func isNumber(_ field: String) -> Bool {
        var rest = Substring(field)
        if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
        let parts = rest.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false) }
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
