import AgreementKit

extension English {
    private static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    private static let shortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    public func period(_ period: Period) -> String {
        switch period.kind {
        case .year: "\(period.year)"
        case .tertial(let n): "tertial \(n) \(period.year)"
        case .quarter(let n): "Q\(n) \(period.year)"
        case .month(let n): "\(Self.months[n - 1]) \(period.year)"
        }
    }

    public func periodShort(_ period: Period) -> String {
        switch period.kind {
        case .year: "\(period.year)"
        case .tertial(let n): "T\(n) \(period.year)"
        case .quarter(let n): "Q\(n) \(period.year)"
        case .month(let n): "\(Self.shortMonths[n - 1]) \(period.year)"
        }
    }

    public func number(_ value: Double) -> String {
        let plain = IndicatorNumber.format(value, decimalMark: ".")
        // Groups of thousands with a comma from 10,000 on, as the Norwegian forms group from 10 000.
        let negative = plain.hasPrefix("-")
        let digits = negative ? String(plain.dropFirst()) : plain
        let parts = digits.split(separator: ".", maxSplits: 1)
        guard let whole = parts.first, whole.count > 4 else { return plain }
        var grouped = ""
        for (i, c) in whole.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { grouped.append(",") }
            grouped.append(c)
        }
        return (negative ? "-" : "") + String(grouped.reversed()) + (parts.count > 1 ? "." + parts[1] : "")
    }

    public func measurement(_ value: Double, _ unit: IndicatorUnit) -> String {
        let n = number(value)
        return switch unit {
        case .percent: "\(n) %"
        case .count: n
        case .score: value == 1 ? "\(n) point" : "\(n) points"
        case .days: value == 1 ? "\(n) day" : "\(n) days"
        case .kroner: "NOK \(n)"
        }
    }

    public func unitName(_ unit: IndicatorUnit) -> String {
        switch unit {
        case .percent: "per cent"
        case .count: "count"
        case .score: "points"
        case .days: "days"
        case .kroner: "kroner"
        }
    }

    public func unitAliases(_ unit: IndicatorUnit) -> [String] {
        switch unit {
        case .percent: ["%", "percent", "per cent", "prosent"]
        case .count: ["count", "number", "antall", "tal", "stk"]
        case .score: ["points", "score", "poeng", "skår"]
        case .days: ["days", "day", "dager", "dagar", "dag"]
        case .kroner: ["kr", "kroner", "nok"]
        }
    }

    public func better(_ direction: BetterDirection) -> String {
        switch direction {
        case .higher: "higher is better"
        case .lower: "lower is better"
        }
    }

    public func betterAliases(_ direction: BetterDirection) -> [String] {
        switch direction {
        case .higher: ["higher", "high", "h", "up", "høyere", "høgare", "opp"]
        case .lower: ["lower", "low", "l", "down", "lavere", "lågare", "ned"]
        }
    }

    public func perspective(_ perspective: Perspective?) -> String {
        switch perspective {
        case .user?: "User perspective"
        case .employee?: "Employee perspective"
        case .economy?: "Financial perspective"
        case .society?: "Community perspective"
        case .development?: "Development perspective"
        case nil: "No perspective"
        }
    }

    public func perspectiveAliases(_ perspective: Perspective) -> [String] {
        switch perspective {
        case .user: ["user", "users", "bruker", "brukar"]
        case .employee: ["employee", "employees", "medarbeider", "medarbeidar"]
        case .economy: ["economy", "financial", "finance", "økonomi"]
        case .society: ["society", "community", "samfunn"]
        case .development: ["development", "renewal", "utvikling", "fornyelse", "fornying"]
        }
    }

    public func indicatorStatus(_ status: IndicatorStatus) -> String {
        switch status {
        case .met: "target met"
        case .notMet: "not met"
        case .noResult: "no result"
        case .noTarget: "no target"
        }
    }

    public func valueKind(_ kind: IndicatorValueKind) -> String {
        switch kind {
        case .result: "result"
        case .target: "target"
        case .baseline: "baseline"
        case .national: "national average"
        case .municipality: "municipality"
        case .serviceArea: "service area"
        }
    }

    public func valueKindAliases(_ kind: IndicatorValueKind) -> [String] {
        let own = valueKind(kind)
        return switch kind {
        case .result: [kind.rawValue, own, "results", "resultat"]
        case .target: [kind.rawValue, own, "goal", "mål", "maal"]
        case .baseline: [kind.rawValue, own, "utgangspunkt"]
        case .national: [kind.rawValue, own, "national", "landssnitt"]
        case .municipality: [kind.rawValue, own, "kommunen", "kommune"]
        case .serviceArea: [kind.rawValue, own, "tjenesteområdet", "tenesteområdet"]
        }
    }

    public func indicatorValueNoun(_ kind: IndicatorValueKind) -> String {
        switch kind {
        case .result: "the result"
        case .target: "the target"
        case .baseline: "the baseline"
        case .national: "the national average"
        case .municipality: "the municipality's figure"
        case .serviceArea: "the service area's figure"
        }
    }

    public func numberProblem(_ problem: IndicatorNumber.Problem) -> String {
        switch problem {
        case .empty: "Write a number, e.g. 14.5"
        case .notANumber(let text): "“\(text)” is not a number (write e.g. 14.5 or 14,5)"
        case .ambiguousDecimalMark(let text): "“\(text)” has more than one separator; use a point or a comma as the decimal mark, not both"
        case .outOfRange(let value, .percent): "\(number(value)) % is not possible: a percentage is between 0 and 100"
        case .outOfRange(let value, let unit): "\(number(value)) is not possible: \(unitName(unit)) cannot be negative"
        }
    }

    public func periodProblem(_ text: String, year: Int) -> String {
        "“\(text)” is not a period (write \(year), \(year)-T1, \(year)-Q1 or \(year)-03; Q1 alone is in \(year))"
    }
}
