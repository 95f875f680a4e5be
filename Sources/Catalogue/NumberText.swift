/// Numbers written out without Foundation's formatters (no ICU at start-up): the digits of a
/// whole number grouped in thousands, and a decimal rounded to a number of decimals.
enum NumberText {
    /// "950000" grouped with `separator`: "950 000".
    static func grouped(_ value: Int, separator: String) -> String {
        let digits = Array(String(value.magnitude))
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += separator }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// A decimal with `fractionDigits` decimals (half away from zero), the mark between them
    /// given: `3.456, 1, ","` → "3,5". Not a number or infinite: "–".
    static func decimal(_ value: Double, fractionDigits: Int, mark: String, grouping separator: String) -> String {
        guard value.isFinite else { return "–" }
        let places = min(max(0, fractionDigits), 9)
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9.0e18 else { return "–" }
        let units = Int(scaled)
        let factor = Int(scale)
        let whole = grouped(units / factor, separator: separator)
        let sign = value < 0 && units != 0 ? "-" : ""
        guard places > 0 else { return sign + whole }
        let fraction = String(units % factor)
        return sign + whole + mark + String(repeating: "0", count: places - fraction.count) + fraction
    }
}
