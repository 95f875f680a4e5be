/// The days a log has entries on and how many on each: enough to count the entries of any
/// window ("the last 30 days" at whatever date the overview is reckoned from) without the log.
///
/// It is kept as text, small in the store's index and in memory: the day numbers (days since
/// 1970-01-01) as differences from the one before, separated by spaces, `*n` after a day with
/// n entries: `"15034*2 3 1*4"` is two entries on day 15034, one on 15037, four on 15038.
public struct LogDays: Equatable, Hashable, Sendable, Codable {
    public private(set) var text: String
    /// The last day with entries (nil when none), found as the text is read: a window that starts
    /// after it holds no entries, and the overview's 30 days are counted without reading the text.
    private var lastDay: Int?

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
        lastDay = previous
    }

    /// The text as written by `init(_:)`; nil when it is not such text.
    public init?(text: String) {
        guard let scan = Self.scan(text, from: Int.min, through: Int.max) else { return nil }
        self.text = text
        lastDay = scan.last
    }

    /// Entries dated from `start` through `end`, both included.
    public func entries(from start: LocalDate, through end: LocalDate) -> Int {
        entries(from: start.dayNumber, through: end.dayNumber)
    }

    /// Entries in the `days` days that end on `date` (the date itself included).
    public func entries(inLast days: Int, endingOn date: LocalDate) -> Int {
        entries(from: date.dayNumber - days + 1, through: date.dayNumber)
    }

    /// Every entry.
    public var total: Int { entries(from: Int.min, through: Int.max) }

    private func entries(from start: Int, through end: Int) -> Int {
        guard let lastDay, start <= lastDay, start <= end else { return 0 }
        return Self.scan(text, from: start, through: end)?.sum ?? 0
    }

    /// What one reading of the text found: the entries in the window, the last day with entries.
    struct Scan: Equatable {
        var sum: Int
        var last: Int?
    }

    /// Reads the text once; nil when it is malformed (a day not after the one before, a count
    /// below 2, anything but digits, `-`, `*` and single spaces).
    static func scan(_ text: String, from start: Int, through end: Int) -> Scan? {
        var text = text
        return text.withUTF8 { scan($0, from: start, through: end) }
    }

    /// `scan(_:from:through:)` over the text's bytes, in one plain loop (it runs for every
    /// agreement of the index when the overview is read).
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, through end: Int) -> Scan? {
        let n = bytes.count
        var i = 0
        var sum = 0
        var day = 0
        var first = true
        if n == 0 { return Scan(sum: 0, last: nil) }
        while i < n {
            guard let step = number(bytes, &i) else { return nil }
            if first {
                day = step
                first = false
            } else {
                guard step > 0 else { return nil }
                let (next, overflow) = day.addingReportingOverflow(step)
                guard !overflow else { return nil }
                day = next
            }
            var count = 1
            if i < n && bytes[i] == UInt8(ascii: "*") {
                i += 1
                guard let times = number(bytes, &i), times >= 2 else { return nil }
                count = times
            }
            if day >= start && day <= end {
                let (total, overflow) = sum.addingReportingOverflow(count)
                guard !overflow else { return nil }
                sum = total
            }
            if i < n {
                guard bytes[i] == UInt8(ascii: " ") else { return nil }
                i += 1
                guard i < n else { return nil }
            }
        }
        return Scan(sum: sum, last: day)
    }

    /// A whole number at `i` (an optional `-`, then at least one digit), `i` moved past it.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Int? {
        let n = bytes.count
        var negative = false
        if i < n && bytes[i] == UInt8(ascii: "-") {
            negative = true
            i += 1
        }
        var value = 0
        let first = i
        while i < n {
            let digit = Int(bytes[i]) &- Int(UInt8(ascii: "0"))
            guard digit >= 0 && digit <= 9 else { break }
            let (product, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) = product.addingReportingOverflow(digit)
            guard !o1, !o2 else { return nil }
            value = next
            i += 1
        }
        return i == first ? nil : (negative ? -value : value)
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
