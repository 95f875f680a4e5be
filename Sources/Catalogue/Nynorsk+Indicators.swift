import AgreementKit

extension Nynorsk {
    private static let months = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"]
    private static let shortMonths = ["jan.", "feb.", "mar.", "apr.", "mai", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "des."]

    public func period(_ period: Period) -> String {
        switch period.kind {
        case .year: "\(period.year)"
        case .tertial(let n): "\(n). tertial \(period.year)"
        case .quarter(let n): "\(n). kvartal \(period.year)"
        case .month(let n): "\(Self.months[n - 1]) \(period.year)"
        }
    }

    public func periodShort(_ period: Period) -> String {
        switch period.kind {
        case .year: "\(period.year)"
        case .tertial(let n): "\(n). t. \(period.year)"
        case .quarter(let n): "\(n). kv. \(period.year)"
        case .month(let n): "\(Self.shortMonths[n - 1]) \(period.year)"
        }
    }

    public func number(_ value: Double) -> String {
        let plain = IndicatorNumber.format(value, decimalMark: ",")
        // Groups of thousands with a space from 10 000 on, as Norwegian writes them.
        let negative = plain.hasPrefix("-")
        let digits = negative ? String(plain.dropFirst()) : plain
        let parts = digits.split(separator: ",", maxSplits: 1)
        guard let whole = parts.first, whole.count > 4 else { return plain }
        var grouped = ""
        for (i, c) in whole.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { grouped.append(" ") }
            grouped.append(c)
        }
        return (negative ? "-" : "") + String(grouped.reversed()) + (parts.count > 1 ? "," + parts[1] : "")
    }

    public func measurement(_ value: Double, _ unit: IndicatorUnit) -> String {
        let n = number(value)
        return switch unit {
        case .percent: "\(n) %"
        case .count: n
        case .score: "\(n) poeng"
        case .days: value == 1 ? "\(n) dag" : "\(n) dagar"
        case .kroner: "\(n) kr"
        }
    }

    public func unitName(_ unit: IndicatorUnit) -> String {
        switch unit {
        case .percent: "prosent"
        case .count: "tal"
        case .score: "poeng"
        case .days: "dagar"
        case .kroner: "kroner"
        }
    }

    public func unitAliases(_ unit: IndicatorUnit) -> [String] {
        switch unit {
        case .percent: ["%", "prosent", "percent"]
        case .count: ["tal", "antal", "antall", "count", "stk"]
        case .score: ["poeng", "score", "skår"]
        case .days: ["dagar", "dager", "days", "dag"]
        case .kroner: ["kr", "kroner", "nok"]
        }
    }

    public func better(_ direction: BetterDirection) -> String {
        switch direction {
        case .higher: "høgare er betre"
        case .lower: "lågare er betre"
        }
    }

    public func betterAliases(_ direction: BetterDirection) -> [String] {
        switch direction {
        case .higher: ["høgare", "høg", "høyere", "h", "higher", "opp"]
        case .lower: ["lågare", "låg", "lavere", "l", "lower", "ned"]
        }
    }

    public func perspective(_ perspective: Perspective?) -> String {
        switch perspective {
        case .user?: "Brukarperspektivet"
        case .employee?: "Medarbeidarperspektivet"
        case .economy?: "Økonomiperspektivet"
        case .society?: "Samfunnsperspektivet"
        case .development?: "Utviklingsperspektivet"
        case nil: "Utan perspektiv"
        }
    }

    public func perspectiveAliases(_ perspective: Perspective) -> [String] {
        switch perspective {
        case .user: ["brukar", "brukarar", "brukarperspektivet", "bruker", "user"]
        case .employee: ["medarbeidar", "medarbeidarar", "medarbeidarperspektivet", "medarbeider", "employee"]
        case .economy: ["økonomi", "økonomiperspektivet", "economy"]
        case .society: ["samfunn", "samfunnsperspektivet", "society"]
        case .development: ["utvikling", "fornying", "fornyelse", "utviklingsperspektivet", "development"]
        }
    }

    public func indicatorStatus(_ status: IndicatorStatus) -> String {
        switch status {
        case .met: "mål nådd"
        case .notMet: "ikkje nådd"
        case .noResult: "ingen resultat"
        case .noTarget: "utan mål"
        }
    }

    public func valueKind(_ kind: IndicatorValueKind) -> String {
        switch kind {
        case .result: "resultat"
        case .target: "mål"
        case .baseline: "utgangspunkt"
        case .national: "landssnitt"
        case .municipality: "kommunen"
        case .serviceArea: "tenesteområdet"
        }
    }

    public func valueKindAliases(_ kind: IndicatorValueKind) -> [String] {
        let own = valueKind(kind)
        return switch kind {
        case .result: [kind.rawValue, own, "resultata"]
        case .target: [kind.rawValue, own, "maal"]
        case .baseline: [kind.rawValue, own]
        case .national: [kind.rawValue, own, "land", "snitt land", "nasjonalt"]
        case .municipality: [kind.rawValue, own, "kommune"]
        case .serviceArea: [kind.rawValue, own, "tenesteområde", "tjenesteområdet", "tjenesteområde", "service area"]
        }
    }

    public func indicatorValueNoun(_ kind: IndicatorValueKind) -> String {
        switch kind {
        case .result: "resultatet"
        case .target: "målet"
        case .baseline: "utgangspunktet"
        case .national: "landssnittet"
        case .municipality: "talet for kommunen"
        case .serviceArea: "talet for tenesteområdet"
        }
    }

    public func numberProblem(_ problem: IndicatorNumber.Problem) -> String {
        switch problem {
        case .empty: "Skriv eit tal, t.d. 14,5"
        case .notANumber(let text): "«\(text)» er ikkje eit tal (skriv t.d. 14,5 eller 14.5)"
        case .ambiguousDecimalMark(let text): "«\(text)» har meir enn eitt skiljeteikn; bruk komma eller punktum som desimalteikn, ikkje begge"
        case .outOfRange(let value, .percent): "\(number(value)) % går ikkje: ein prosent er mellom 0 og 100"
        case .outOfRange(let value, let unit): "\(number(value)) går ikkje: \(unitName(unit)) kan ikkje vere negativt"
        }
    }

    public func periodProblem(_ text: String, year: Int) -> String {
        "«\(text)» er ikkje ein periode (skriv \(year), \(year)-T1, \(year)-Q1 eller \(year)-03; Q1 åleine er i \(year))"
    }
}
