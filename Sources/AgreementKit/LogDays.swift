/// The days a log has entries on and how many on each: enough to count the entries of any
/// window ("the last 30 days" at whatever date the overview is reckoned from) without the log.
///
/// It is kept as text, small in the store's index and in memory: the day numbers (days since
/// 1970-01-01) as differences from the one before, separated by spaces, `*n` after a day with
/// n entries: `"15034*2 3 1*4"` is two entries on day 15034, one on 15037, four on 15038.
public struct LogDays: Equatable, Hashable, Sendable, Codable {
    public private(set) var text: String

    /// The days of these dates, counted.
    public init<S: Sequence>(_ dates: S) where S.Element == LocalDate {
        var counts: [Int: Int] = [:]
        for date in dates { counts[date.dayNumber, default: 0] += 1 }
        var out = ""
        var previous: Int?
        for day in counts.keys.sorted() {
            if !out.isEmpty { out += " " }
            out += String(previous.map { day - $0 } ?? day)
            if let n = counts[day], n > 1 { out += "*\(n)" }
            previous = day
        }
        text = out
    }

    /// The text as written by `init(_:)`; nil when it is not such text.
    public init?(text: String) {
        guard Self.entries(in: text, from: Int.min, through: Int.max) != nil else { return nil }
        self.text = text
    }

    /// Entries dated from `start` through `end`, both included.
    public func entries(from start: LocalDate, through end: LocalDate) -> Int {
        Self.entries(in: text, from: start.dayNumber, through: end.dayNumber) ?? 0
    }

    /// Entries in the `days` days that end on `date` (the date itself included).
    public func entries(inLast days: Int, endingOn date: LocalDate) -> Int {
        Self.entries(in: text, from: date.dayNumber - days + 1, through: date.dayNumber) ?? 0
    }

    /// Every entry.
    public var total: Int { Self.entries(in: text, from: Int.min, through: Int.max) ?? 0 }

    /// Scans the text once; nil when it is malformed (a day not after the one before, a count
    /// below 2, anything but digits, `-`, `*` and single spaces).
    private static func entries(in text: String, from start: Int, through end: Int) -> Int? {
        var sum = 0
        var day: Int?
        var iterator = text.utf8.makeIterator()
        var byte = iterator.next()
        func number() -> Int? {
            var negative = false
            if byte == UInt8(ascii: "-") { negative = true; byte = iterator.next() }
            var value = 0, digits = 0
            while let b = byte, b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") {
                let (product, o1) = value.multipliedReportingOverflow(by: 10)
                let (next, o2) = product.addingReportingOverflow(Int(b - UInt8(ascii: "0")))
                guard !o1, !o2 else { return nil }
                value = next
                digits += 1
                byte = iterator.next()
            }
            return digits == 0 ? nil : (negative ? -value : value)
        }
        while byte != nil {
            guard let step = number() else { return nil }
            if let previous = day {
                guard step > 0 else { return nil }
                day = previous + step
            } else {
                day = step
            }
            var count = 1
            if byte == UInt8(ascii: "*") {
                byte = iterator.next()
                guard let n = number(), n >= 2 else { return nil }
                count = n
            }
            if let d = day, d >= start, d <= end { sum += count }
            if byte == UInt8(ascii: " ") {
                byte = iterator.next()
                guard byte != nil else { return nil }
            } else if byte != nil {
                return nil
            }
        }
        return sum
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let days = LogDays(text: raw) else {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: container.codingPath, debugDescription: "invalid log days \"\(raw.prefix(40))\""))
        }
        self = days
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
