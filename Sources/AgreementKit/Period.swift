/// The span an indicator value belongs to: a year, a tertial, a quarter or a month, written
/// `2013`, `2013-T1`, `2013-Q1` or `2013-03` in files (the catalogue shows "1. kvartal 2013").
public struct Period: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// How long the period is, and which part of its year.
    public enum Kind: Hashable, Sendable {
        case year
        /// 1–3: January–April, May–August, September–December, as municipalities report.
        case tertial(Int)
        /// 1–4.
        case quarter(Int)
        /// 1–12.
        case month(Int)
    }

    public let year: Int
    public let kind: Kind

    /// A valid period, or nil for a part that does not exist (`T4`, `Q5`, month 13).
    public init?(year: Int, kind: Kind) {
        guard (1...9999).contains(year) else { return nil }
        switch kind {
        case .year: break
        case .tertial(let n): guard (1...3).contains(n) else { return nil }
        case .quarter(let n): guard (1...4).contains(n) else { return nil }
        case .month(let n): guard (1...12).contains(n) else { return nil }
        }
        self.year = year
        self.kind = kind
    }

    /// Parses the file form strictly: `2013`, `2013-T1`, `2013-Q1`, `2013-03`.
    public init?(id: String) {
        let parts = id.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts[0].count == 4, parts[0].allSatisfy(\.isASCIIDigit), let year = Int(parts[0]) else { return nil }
        guard parts.count == 2 else {
            self.init(year: year, kind: .year)
            return
        }
        let part = parts[1]
        if part.count == 2, part.allSatisfy(\.isASCIIDigit), let month = Int(part) {
            self.init(year: year, kind: .month(month))
        } else if part.count == 2, let letter = part.first, let digit = part.last, digit.isASCIIDigit, let n = Int(String(digit)) {
            switch letter {
            case "T": self.init(year: year, kind: .tertial(n))
            case "Q": self.init(year: year, kind: .quarter(n))
            default: return nil
            }
        } else {
            return nil
        }
    }

    /// Parses what a user types: the file form in any case and with spaces around it, or a part
    /// without its year (`Q1`, `T2`, `03`), which means `defaultYear` — the agreement's year.
    public init?(userInput raw: String, defaultYear: Int) {
        let text = raw.trimmingCharacters(in: .whitespaces).uppercased().replacingOccurrences(of: " ", with: "")
        if let period = Period(id: text) {
            self = period
            return
        }
        let yearless = text.hasPrefix("-") ? String(text.dropFirst()) : text
        guard !yearless.isEmpty, yearless.count <= 2 else { return nil }
        self.init(id: String(format4(defaultYear)) + "-" + (yearless.count == 1 && yearless.allSatisfy(\.isASCIIDigit) ? "0" + yearless : yearless))
    }

    /// The file form: `2013`, `2013-T1`, `2013-Q1`, `2013-03`.
    public var id: String {
        let y = format4(year)
        switch kind {
        case .year: return y
        case .tertial(let n): return "\(y)-T\(n)"
        case .quarter(let n): return "\(y)-Q\(n)"
        case .month(let n): return n < 10 ? "\(y)-0\(n)" : "\(y)-\(n)"
        }
    }

    public var description: String { id }

    /// The months of the year the period covers, 1-based.
    public var months: ClosedRange<Int> {
        switch kind {
        case .year: 1...12
        case .tertial(let n): (n - 1) * 4 + 1...n * 4
        case .quarter(let n): (n - 1) * 3 + 1...n * 3
        case .month(let n): n...n
        }
    }

    /// The first and last month as a count of months since year 0, for comparing across years.
    public var firstMonth: Int { year * 12 + months.lowerBound - 1 }
    public var lastMonth: Int { year * 12 + months.upperBound - 1 }

    /// True if every month of `other` lies within this period (a year contains its quarters).
    public func contains(_ other: Period) -> Bool {
        firstMonth <= other.firstMonth && other.lastMonth <= lastMonth
    }

    /// The period of the same length that follows this one (2013-Q4 → 2014-Q1).
    public var next: Period {
        switch kind {
        case .year: return Period(year: year + 1, kind: .year) ?? self
        case .tertial(let n): return (n < 3 ? Period(year: year, kind: .tertial(n + 1)) : Period(year: year + 1, kind: .tertial(1))) ?? self
        case .quarter(let n): return (n < 4 ? Period(year: year, kind: .quarter(n + 1)) : Period(year: year + 1, kind: .quarter(1))) ?? self
        case .month(let n): return (n < 12 ? Period(year: year, kind: .month(n + 1)) : Period(year: year + 1, kind: .month(1))) ?? self
        }
    }

    /// The quarter a date falls in.
    public static func quarter(of date: LocalDate) -> Period {
        Period(year: date.year, kind: .quarter((date.month - 1) / 3 + 1)) ?? Period(year: 2000, kind: .year)!
    }

    /// Ordered by when the period ends, then the longer first: 2013-Q1 < 2013-T1 < 2013-Q2 < 2013.
    public static func < (a: Period, b: Period) -> Bool {
        if a.lastMonth != b.lastMonth { return a.lastMonth < b.lastMonth }
        return a.firstMonth < b.firstMonth
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let period = Period(id: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Cannot initialize Period from invalid String value \(text)")
        }
        self = period
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(id)
    }
}

/// A year with four digits (0-padded), as periods write it.
private func format4(_ year: Int) -> String {
    let digits = String(year)
    return digits.count >= 4 ? digits : String(repeating: "0", count: 4 - digits.count) + digits
}

extension Character {
    /// True for 0–9 only (not other scripts' digits).
    var isASCIIDigit: Bool { isASCII && isNumber }
}
