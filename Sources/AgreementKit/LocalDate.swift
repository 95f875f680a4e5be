#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A calendar date without time or zone, stored as ISO 8601 (`2011-03-14`), shown as `14.03.2011`.
///
/// Kept in four bytes, the year 1…9999 in the high 16 bits, month and day in 8 each, rather than
/// three `Int`s: the overview of 2,000 agreements holds tens of thousands of dates (README,
/// "Minne"). The packed value orders as the dates do, so comparing two is comparing one number.
public struct LocalDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    @usableFromInline let packed: UInt32

    @inlinable public var year: Int { Int(packed >> 16) }
    @inlinable public var month: Int { Int(packed >> 8 & 0xFF) }
    @inlinable public var day: Int { Int(packed & 0xFF) }

    /// A valid date, or nil for impossible ones (31 April, 29 February outside leap years).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...LocalDate.days(inMonth: month, year: year)).contains(day) else { return nil }
        packed = UInt32(year) << 16 | UInt32(month) << 8 | UInt32(day)
    }

    /// Parses `2011-03-14` strictly.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Parses what a user types: ISO (`2011-03-14`) always; the day first with dots or slashes
    /// (`14.03.2011`, `14.3.11`, `14/3/2011`, `14.3` in `defaultYear`); and, with the month
    /// names of the user's language (January first, each with its accepted forms in lower
    /// case), `14 Mar 2011`, `14. mars`, `Mar 14, 2011`. A two-digit year is in this century.
    public init?(userInput raw: String, defaultYear: Int, monthNames: [[String]] = []) {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if let iso = LocalDate(iso: text) { self = iso; return }
        guard let date = Self.numeric(text, separator: ".", defaultYear) ?? Self.numeric(text, separator: "/", defaultYear)
            ?? Self.named(text, monthNames, defaultYear) else { return nil }
        self = date
    }

    /// `14.3`, `14.3.11`, `14.03.2011` with the separator given.
    private static func numeric(_ text: String, separator: Character, _ defaultYear: Int) -> LocalDate? {
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts[0].count <= 2, parts[1].count <= 2,
              let d = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        guard parts.count == 3 else { return LocalDate(year: defaultYear, month: m, day: d) }
        guard let y = year(parts[2]) else { return nil }
        return LocalDate(year: y, month: m, day: d)
    }

    /// `14 Mar 2011`, `14. mars`, `Mar 14, 2011`: a day, a month by name, perhaps a year.
    private static func named(_ text: String, _ monthNames: [[String]], _ defaultYear: Int) -> LocalDate? {
        guard !monthNames.isEmpty else { return nil }
        let tokens = text.lowercased().split { $0 == "." || $0 == "," || $0.isWhitespace }
        guard (2...3).contains(tokens.count) else { return nil }
        func month(_ token: Substring) -> Int? {
            monthNames.firstIndex { $0.contains(String(token)) }.map { $0 + 1 }
        }
        func day(_ token: Substring) -> Int? { token.count <= 2 ? Int(token) : nil }
        let y = tokens.count == 3 ? year(tokens[2]) : defaultYear
        guard let y else { return nil }
        if let d = day(tokens[0]), let m = month(tokens[1]) { return LocalDate(year: y, month: m, day: d) }
        if let m = month(tokens[0]), let d = day(tokens[1]) { return LocalDate(year: y, month: m, day: d) }
        return nil
    }

    /// A year of four digits, or two (in this century).
    private static func year(_ text: Substring) -> Int? {
        guard text.allSatisfy(\.isASCII), let given = Int(text) else { return nil }
        switch text.count {
        case 2: return 2000 + given
        case 4: return given
        default: return nil
        }
    }

    /// Today in the user's time zone (`TZ`, else the system's), from the C library: no ICU.
    public static func today() -> LocalDate {
        local(at: Int(time(nil))).date
    }

    /// The local date at `now` (seconds since the epoch) and the seconds since its midnight.
    static func local(at now: Int) -> (date: LocalDate, secondsIntoDay: Int) {
        var seconds = time_t(now)
        var parts = tm()
        localtime_r(&seconds, &parts)
        let date = LocalDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday)) ?? LocalDate(year: 2000, month: 1, day: 1)!
        return (date, Int(parts.tm_hour) * 3600 + Int(parts.tm_min) * 60 + Int(parts.tm_sec))
    }

    /// The date of an instant in a calendar's time zone (tests use it with a fixed zone).
    public static func today(calendar: Calendar, now: Date) -> LocalDate {
        let c = calendar.dateComponents([.year, .month, .day], from: now)
        return LocalDate(year: c.year ?? 2000, month: c.month ?? 1, day: c.day ?? 1)!
    }

    public var iso: String { Self.pad(year, 4) + "-" + Self.pad(month, 2) + "-" + Self.pad(day, 2) }
    /// The Norwegian way of writing a date: `14.03.2011`.
    public var display: String { Self.pad(day, 2) + "." + Self.pad(month, 2) + "." + Self.pad(year, 4) }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
    public var description: String { iso }

    @inlinable public static func < (a: LocalDate, b: LocalDate) -> Bool {
        a.packed < b.packed
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Why a stored date could not be decoded: the text found (the store words it for people).
    public struct InvalidDate: Error, Equatable, Sendable {
        public var text: String
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let date = LocalDate(iso: raw) else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: container.codingPath, debugDescription: "invalid date \"\(raw)\" (expected YYYY-MM-DD)",
                underlyingError: InvalidDate(text: raw)))
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
