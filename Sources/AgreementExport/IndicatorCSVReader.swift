import Catalogue

/// Splits CSV text into lines of fields, each with its line and column, for file:line:col
/// messages: quotes may hold separators, doubled quotes and line breaks; blank lines are skipped.
enum IndicatorCSVReader {
    static func rows(_ text: String) -> Result<[(line: Int, fields: [IndicatorCSV.Field])], IndicatorCSV.Located> {
        var chars = Array(text)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        let firstLine = chars.prefix { !$0.isNewline }
        let separator: Character = firstLine.contains(";") ? ";" : firstLine.contains("\t") ? "\t" : ","
        var rows: [(line: Int, fields: [IndicatorCSV.Field])] = []
        var fields: [IndicatorCSV.Field] = []
        var field = "", fieldColumn = 1, quoted = false, inQuotes = false
        var line = 1, column = 1, rowLine = 1
        func endField() {
            fields.append(IndicatorCSV.Field(text: field, column: fieldColumn))
            field = ""
            quoted = false
        }
        func endRow() {
            endField()
            if !(fields.count == 1 && fields[0].text.trimmingCharacters(in: .whitespaces).isEmpty) { rows.append((rowLine, fields)) }
            fields = []
        }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            i += 1
            if inQuotes {
                if c == "\"" {
                    if i < chars.count, chars[i] == "\"" {
                        field.append("\"")
                        i += 1
                        column += 2
                        continue
                    }
                    inQuotes = false
                } else {
                    field.append(c)
                }
                if c.isNewline { line += 1; column = 1 } else { column += 1 }
                continue
            }
            if c == "\"", field.isEmpty, !quoted {
                inQuotes = true
                quoted = true
                column += 1
            } else if c == separator {
                endField()
                column += 1
                fieldColumn = column
            } else if c.isNewline {
                endRow()
                line += 1
                column = 1
                fieldColumn = 1
                rowLine = line
            } else {
                field.append(c)
                column += 1
            }
        }
        if inQuotes { return .failure(IndicatorCSV.Located(line: rowLine, column: fieldColumn, problem: .unterminatedQuote)) }
        if !field.isEmpty || !fields.isEmpty { endRow() }
        return .success(rows)
    }
}
