import Foundation

/// A calendar date without time or zone, stored as ISO 8601 (`2011-03-14`), shown as `14.03.2011`.
public struct LocalDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid date, or nil for impossible ones (31 April, 29 February outside leap years).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...LocalDate.days(inMonth: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `2011-03-14` strictly.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Parses what a user types: `14.03.2011`, `14.3.11`, `14.3` (in `defaultYear`) or ISO.
    public init?(userInput raw: String, defaultYear: Int) {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if let iso = LocalDate(iso: text) { self = iso; return }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), let d = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        var y = defaultYear
        if parts.count == 3 {
            guard let given = Int(parts[2]) else { return nil }
            switch parts[2].count {
            case 2: y = 2000 + given
            case 4: y = given
            default: return nil
            }
        }
        self.init(year: y, month: m, day: d)
    }

    /// Today in the user's time zone (`TZ`, else the system's).
    public static func today(calendar: Calendar = .current, now: Date = Date()) -> LocalDate {
        let c = calendar.dateComponents([.year, .month, .day], from: now)
        return LocalDate(year: c.year ?? 2000, month: c.month ?? 1, day: c.day ?? 1)!
    }

    public var iso: String { String(format: "%04d-%02d-%02d", year, month, day) }
    /// The Norwegian way of writing a date: `14.03.2011`.
    public var display: String { String(format: "%02d.%02d.%04d", day, month, year) }
    public var description: String { iso }

    public static func < (a: LocalDate, b: LocalDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let date = LocalDate(iso: raw) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "«\(raw)» er ikke en gyldig dato (ÅÅÅÅ-MM-DD)")
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
