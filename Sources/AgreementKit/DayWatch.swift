#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Today's date for a loop that asks on every key. The calendar (`localtime_r`, some 6 µs of a
/// key's time on a cold cache) is read again only when a minute has passed or the midnight it
/// foresaw has come, whichever is first; in between, one `time` call. A new day is seen at its
/// first second, or within a minute on the night a clock change makes the day shorter.
public struct DayWatch: Sendable {
    private var validUntil = Int.min
    private var date = LocalDate(year: 2000, month: 1, day: 1)!

    public init() {}

    /// The local date now.
    public mutating func today() -> LocalDate {
        today(at: Int(time(nil))) { now in
            var seconds = time_t(now)
            var parts = tm()
            localtime_r(&seconds, &parts)
            let date = LocalDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
            return (date ?? LocalDate(year: 2000, month: 1, day: 1)!, Int(parts.tm_hour) * 3600 + Int(parts.tm_min) * 60 + Int(parts.tm_sec))
        }
    }

    /// The date at `now` (seconds since the epoch), read with `calendar` (the date there and the
    /// seconds since its midnight) only when the last reading no longer holds.
    mutating func today(at now: Int, calendar: (Int) -> (date: LocalDate, secondsIntoDay: Int)) -> LocalDate {
        guard now >= validUntil || now < validUntil - 60 else { return date }
        let reading = calendar(now)
        date = reading.date
        validUntil = now + max(1, min(60, 86_400 - reading.secondsIntoDay))
        return date
    }
}
