/// Why typed text is not a date, so the refusal can say it: "31.02.2011 finnes ikke (februar har 28 dager)".
public enum DateInputProblem: Equatable, Sendable {
    /// Not written as a date at all (`14.03.2011`, `14.3.11`, `14.3` or ISO are).
    case unreadable
    /// A month outside 1–12.
    case noSuchMonth(Int)
    /// A day the month does not have in that year.
    case noSuchDay(day: Int, month: Int, year: Int, daysInMonth: Int)
    /// A year outside 1–9999.
    case noSuchYear(Int)
}

extension LocalDate {
    /// Why `raw` is not a date (read as `init(userInput:defaultYear:)` reads it), or nil when it is one.
    public static func problem(userInput raw: String, defaultYear: Int) -> DateInputProblem? {
        if LocalDate(userInput: raw, defaultYear: defaultYear) != nil { return nil }
        let text = raw.trimmingCharacters(in: .whitespaces)
        var parts: (day: Int, month: Int, year: Int)?
        let iso = text.split(separator: "-", omittingEmptySubsequences: false)
        if iso.count == 3, iso[0].count == 4, let y = Int(iso[0]), let m = Int(iso[1]), let d = Int(iso[2]) {
            parts = (d, m, y)
        } else {
            let dotted = text.split(separator: ".", omittingEmptySubsequences: false)
            if (2...3).contains(dotted.count), let d = Int(dotted[0]), let m = Int(dotted[1]) {
                if dotted.count == 2 {
                    parts = (d, m, defaultYear)
                } else if let y = Int(dotted[2]), dotted[2].count == 2 || dotted[2].count == 4 {
                    parts = (d, m, dotted[2].count == 2 ? 2000 + y : y)
                }
            }
        }
        guard let (day, month, year) = parts else { return .unreadable }
        guard (1...12).contains(month) else { return .noSuchMonth(month) }
        guard (1...9999).contains(year) else { return .noSuchYear(year) }
        return .noSuchDay(day: day, month: month, year: year, daysInMonth: days(inMonth: month, year: year))
    }
}
