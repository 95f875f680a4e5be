/// The days a log has entries on and how many on each: enough to count the entries of any
/// window ("the last 30 days" at whatever date the overview is reckoned from) without the log.
///
/// It is kept as text in the store's index: the day numbers (days since 1970-01-01) as
/// differences from the one before, separated by spaces, `*n` after a day with n entries:
/// `"15034*2 3 1*4"` is two entries on day 15034, one on 15037, four on 15038.
public struct LogDays: Equatable, Hashable, Sendable, Codable {
    /// The days in memory, packed: a day 1…63 days after the one before with 1…4 entries is one
    /// byte (the step times four, plus the count less one); any other day — the first, a long
    /// step, more entries — is a 0 byte, then its day (the first) or step as a zigzag varint, then
    /// its count as a varint. About a byte a day where the text takes four: the 2,000-agreement
    /// overview holds a year of days for each (README, "Minne").
    private var packed: [UInt8]
    /// The last day with entries (nil when none): a window that starts after it holds no entries,
    /// and the overview's 30 days are counted without reading the days.
    private var lastDay: Int?

    /// The days as the index stores them (see the type).
    public var text: String {
        var out = ""
        var previous: Int?
        forEachDay { day, count in
            if previous != nil { out += " " }
            out += String(previous.map { day - $0 } ?? day)
            if count > 1 { out += "*\(count)" }
            previous = day
        }
        return out
    }

    /// The days of these dates, counted.
    public init<S: Sequence>(_ dates: S) where S.Element == LocalDate {
        var counts: [Int: Int] = [:]
        for date in dates { counts[date.dayNumber, default: 0] += 1 }
        let days = counts.keys.sorted()
        // A day packs into at most 21 bytes: a 0, then two varints of at most ten.
        (packed, lastDay) = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 21 * days.count + 1) { buffer in
            guard let out = buffer.baseAddress else { return ([], nil) }
            var writer = Writer(out: out)
            for day in days { writer.add(day: day, count: counts[day] ?? 1) }
            return (Array(UnsafeBufferPointer(start: out, count: writer.count)), writer.last)
        }
    }

    /// The text as written by `init(_:)`; nil when it is not such text.
    public init?(text: String) {
        var text = text
        guard let days = text.withUTF8({ LogDays(utf8: $0) }) else { return nil }
        self = days
    }

    /// The text as written by `init(_:)`, as UTF-8 bytes (the store's index reads them in place);
    /// nil when it is not such text: a day not after the one before, a count below 2, anything
    /// but digits, `-`, `*` and single spaces, or more entries than an `Int` counts.
    public init?(utf8 text: UnsafeBufferPointer<UInt8>) {
        guard let start = text.baseAddress, !text.isEmpty else {
            packed = []
            lastDay = nil
            return
        }
        // Read and packed in one pass into room on the stack, then copied once to an array of its
        // size (2,000 agreements' years of days had been a seventh of reading the store's index).
        // A day takes at most two bytes more packed than its text ("d", "-d*c"; see `packed`), and
        // there are at most (n + 1) / 2 days in n bytes: 2n + 2 bytes always hold them.
        let room = 2 * text.count + 2
        let read: (bytes: [UInt8], last: Int?)? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: room) { buffer in
            guard let out = buffer.baseAddress else { return nil }
            var writer = Writer(out: out)
            guard Self.read(start, text.count, into: &writer) else { return nil }
            return (Array(UnsafeBufferPointer(start: out, count: writer.count)), writer.last)
        }
        guard let read else { return nil }
        packed = read.bytes
        lastDay = read.last
    }

    /// Reads the text's days into `writer`; false when the text is not such text (see `init(utf8:)`).
    @inline(__always)
    private static func read(_ p: UnsafePointer<UInt8>, _ n: Int, into writer: inout Writer) -> Bool {
        var i = 0
        var day = 0
        var total = 0
        var first = true
        while i < n {
            guard let step = number(p, n, &i) else { return false }
            if first {
                day = step
                first = false
            } else {
                guard step > 0 else { return false }
                let (next, overflow) = day.addingReportingOverflow(step)
                guard !overflow else { return false }
                day = next
            }
            var count = 1
            if i < n && p[i] == UInt8(ascii: "*") {
                i += 1
                guard let times = number(p, n, &i), times >= 2 else { return false }
                count = times
            }
            let (sum, overflow) = total.addingReportingOverflow(count)
            guard !overflow else { return false }
            total = sum
            writer.add(day: day, count: count)
            if i < n {
                guard p[i] == UInt8(ascii: " ") else { return false }
                i += 1
                guard i < n else { return false }
            }
        }
        return true
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
        // The total was checked not to overflow when the days were made.
        var sum = 0
        forEachDay { day, count in
            if day >= start && day <= end { sum &+= count }
        }
        return sum
    }

    /// Every day with its count, in order.
    private func forEachDay(_ body: (_ day: Int, _ count: Int) -> Void) {
        packed.withUnsafeBufferPointer { bytes in
            var i = 0
            var day = 0
            var first = true
            while i < bytes.count {
                let byte = bytes[i]
                i += 1
                var step: Int, count: Int
                if byte == 0 {
                    step = Self.unzigzag(Self.varint(bytes, &i))
                    count = Int(truncatingIfNeeded: Self.varint(bytes, &i))
                } else {
                    step = Int(byte >> 2)
                    count = Int(byte & 3) + 1
                }
                day = first ? step : day &+ step
                first = false
                body(day, count)
            }
        }
    }

    /// Writes the packed days (see `packed`) into room the caller made large enough.
    private struct Writer {
        let out: UnsafeMutablePointer<UInt8>
        var count = 0
        var last: Int?

        @inline(__always)
        mutating func add(day: Int, count entries: Int) {
            defer { last = day }
            if let last {
                let step = day &- last
                if step <= 63 && entries <= 4 {
                    put(UInt8(step << 2 | (entries - 1)))
                    return
                }
                long(step, entries)
            } else {
                long(day, entries)
            }
        }

        private mutating func long(_ value: Int, _ entries: Int) {
            put(0)
            varint(UInt64(bitPattern: Int64((value << 1) ^ (value >> 63))))
            varint(UInt64(entries))
        }

        private mutating func varint(_ value: UInt64) {
            var v = value
            while v >= 0x80 {
                put(UInt8(v & 0x7F) | 0x80)
                v >>= 7
            }
            put(UInt8(v))
        }

        @inline(__always)
        private mutating func put(_ byte: UInt8) {
            out[count] = byte
            count += 1
        }
    }

    private static func varint(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while i < bytes.count {
            let byte = bytes[i]
            i += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return value
    }

    private static func unzigzag(_ value: UInt64) -> Int {
        Int(truncatingIfNeeded: Int64(bitPattern: (value >> 1) ^ (0 &- (value & 1))))
    }

    /// A whole number at `i` (an optional `-`, then at least one digit), `i` moved past it; nil when
    /// it is not one or does not fit an `Int`.
    @inline(__always)
    private static func number(_ p: UnsafePointer<UInt8>, _ n: Int, _ i: inout Int) -> Int? {
        var negative = false
        if i < n && p[i] == UInt8(ascii: "-") {
            negative = true
            i += 1
        }
        var value = 0
        let first = i
        while i < n {
            // A byte below "0" wraps past 9.
            let digit = Int(p[i] &- UInt8(ascii: "0"))
            guard digit <= 9 else { break }
            if i - first < 18 {
                value = value &* 10 &+ digit  // 18 digits never overflow
            } else {
                let (product, o1) = value.multipliedReportingOverflow(by: 10)
                let (next, o2) = product.addingReportingOverflow(digit)
                guard !o1, !o2 else { return nil }
                value = next
            }
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
