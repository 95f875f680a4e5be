import AgreementKit

/// A rough measure of how tall a goal area prints on a landscape A4 page, in lines of the goal
/// table's 8 pt text, so the print copy keeps an area on one page only when it can fit there.
/// (Kept whole, an area taller than a page is pushed to a fresh page and split anyway, leaving
/// the page before it half empty; such an area flows on from the one before it instead.)
enum PrintEstimate {
    /// The lines of 8 pt text a landscape page holds between the running header and the footer.
    static let pageLines = 48
    /// The characters of one line in a column of the five-column goal table.
    static let columnCharacters = 36
    /// The characters of one line of a comment beside the rating table.
    static let commentCharacters = 60
    /// The area's heading, the column titles and the assessment with its empty comment boxes.
    static let fixedLines = 12

    /// True when the area is estimated to fit on one landscape page.
    static func fitsOnAPage(_ area: GoalArea, form: FormText) -> Bool {
        lines(area, form: form) <= pageLines
    }

    /// The estimated height of the area in lines.
    static func lines(_ area: GoalArea, form: FormText) -> Int {
        let rows = area.rows.map { row -> Int in
            let item = columnCharacters - 3
            let columns: [Int] = [
                lines(row.resultGoal, columnCharacters),
                total(form.targetLines(row), columnCharacters),
                total(row.measures.map(\.text), item),
                total(row.support.map(\.text), item),
                total(form.logLines(row), item),
            ]
            return (columns.max() ?? 0) + 1
        }
        let comments = [area.assessment.leaderComment, area.assessment.contactComment].map { lines($0, commentCharacters) }
        return fixedLines + rows.reduce(0, +) + (comments.max() ?? 0) + lines(area.midYearNote, 2 * commentCharacters)
    }

    /// The lines of several texts, one under the other.
    static func total(_ texts: [String], _ width: Int) -> Int {
        texts.reduce(0) { $0 + lines($1, width) }
    }

    /// The lines a text takes at a given number of characters per line.
    static func lines(_ text: String, _ width: Int) -> Int {
        guard !text.isEmpty else { return 0 }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { max(1, ($0.count + width - 1) / width) }
            .reduce(0, +)
    }
}
