import AgreementKit

extension Bokmal {
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
        case .days: value == 1 ? "\(n) dag" : "\(n) dager"
        case .kroner: "\(n) kr"
        }
    }

    public func unitName(_ unit: IndicatorUnit) -> String {
        switch unit {
        case .percent: "prosent"
        case .count: "antall"
        case .score: "poeng"
        case .days: "dager"
        case .kroner: "kroner"
        }
    }

    public func unitAliases(_ unit: IndicatorUnit) -> [String] {
        switch unit {
        case .percent: ["%", "prosent", "percent"]
        case .count: ["antall", "count", "stk"]
        case .score: ["poeng", "score", "skår"]
        case .days: ["dager", "days", "dag"]
        case .kroner: ["kr", "kroner", "nok"]
        }
    }

    public func better(_ direction: BetterDirection) -> String {
        switch direction {
        case .higher: "høyere er bedre"
        case .lower: "lavere er bedre"
        }
    }

    public func betterAliases(_ direction: BetterDirection) -> [String] {
        switch direction {
        case .higher: ["høyere", "høy", "h", "higher", "opp"]
        case .lower: ["lavere", "lav", "l", "lower", "ned"]
        }
    }

    public func perspective(_ perspective: Perspective?) -> String {
        switch perspective {
        case .user?: "Brukerperspektivet"
        case .employee?: "Medarbeiderperspektivet"
        case .economy?: "Økonomiperspektivet"
        case .society?: "Samfunnsperspektivet"
        case .development?: "Utviklingsperspektivet"
        case nil: "Uten perspektiv"
        }
    }

    public func perspectiveAliases(_ perspective: Perspective) -> [String] {
        switch perspective {
        case .user: ["bruker", "brukere", "brukerperspektivet", "user"]
        case .employee: ["medarbeider", "medarbeidere", "medarbeiderperspektivet", "employee"]
        case .economy: ["økonomi", "økonomiperspektivet", "economy"]
        case .society: ["samfunn", "samfunnsperspektivet", "society"]
        case .development: ["utvikling", "fornyelse", "utviklingsperspektivet", "development"]
        }
    }

    public func indicatorStatus(_ status: IndicatorStatus) -> String {
        switch status {
        case .met: "mål nådd"
        case .notMet: "ikke nådd"
        case .noResult: "ingen resultat"
        case .noTarget: "uten mål"
        }
    }

    public func valueKind(_ kind: IndicatorValueKind) -> String {
        switch kind {
        case .result: "resultat"
        case .target: "mål"
        case .baseline: "utgangspunkt"
        case .national: "landssnitt"
        case .municipality: "kommunen"
        case .serviceArea: "tjenesteområdet"
        }
    }

    public func valueKindAliases(_ kind: IndicatorValueKind) -> [String] {
        let own = valueKind(kind)
        return switch kind {
        case .result: [kind.rawValue, own, "resultater"]
        case .target: [kind.rawValue, own, "maal"]
        case .baseline: [kind.rawValue, own]
        case .national: [kind.rawValue, own, "land", "snitt land", "nasjonalt"]
        case .municipality: [kind.rawValue, own, "kommune"]
        case .serviceArea: [kind.rawValue, own, "tjenesteområde", "service area"]
        }
    }

    public func indicatorValueNoun(_ kind: IndicatorValueKind) -> String {
        switch kind {
        case .result: "resultatet"
        case .target: "målet"
        case .baseline: "utgangspunktet"
        case .national: "landssnittet"
        case .municipality: "tallet for kommunen"
        case .serviceArea: "tallet for tjenesteområdet"
        }
    }

    public func numberProblem(_ problem: IndicatorNumber.Problem) -> String {
        switch problem {
        case .empty: "Skriv et tall, f.eks. 14,5"
        case .notANumber(let text): "«\(text)» er ikke et tall (skriv f.eks. 14,5 eller 14.5)"
        case .ambiguousDecimalMark(let text): "«\(text)» har mer enn ett skilletegn; bruk komma eller punktum som desimaltegn, ikke begge"
        case .outOfRange(let value, .percent): "\(number(value)) % går ikke: en prosent er mellom 0 og 100"
        case .outOfRange(let value, let unit): "\(number(value)) går ikke: \(unitName(unit)) kan ikke være negativt"
        }
    }

    public func periodProblem(_ text: String, year: Int) -> String {
        "«\(text)» er ikke en periode (skriv \(year), \(year)-T1, \(year)-Q1 eller \(year)-03; Q1 alene er i \(year))"
    }
}
