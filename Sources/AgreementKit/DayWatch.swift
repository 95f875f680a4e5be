#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Today's date for a loop that asks on every key. The calendar (`localtime_r`, some 6 µs of a
/// key's time on a cold cache) is read again only when a minute has passed or the midnight it
/// foresaw has come, whichever is first; in between, one `time` call. A new day is seen at its
/// first second, or within a minute on the night a clock change makes the day shorter; a clock
/// set back is read again.
public struct DayWatch: Sendable {
    /// When the last reading was taken, and until when it holds (seconds since the epoch).
    private var readAt = Int.max
    private var validUntil = Int.min
    private var date = LocalDate(year: 2000, month: 1, day: 1)!

    public init() {}

    /// The local date now.
    public mutating func today() -> LocalDate {
        today(at: Int(time(nil)), calendar: LocalDate.local(at:))
    }

    /// The date at `now` (seconds since the epoch), read with `calendar` (the date there and the
    /// seconds since its midnight) only when the last reading no longer holds.
    mutating func today(at now: Int, calendar: (Int) -> (date: LocalDate, secondsIntoDay: Int)) -> LocalDate {
        guard now >= validUntil || now < readAt else { return date }
        let reading = calendar(now)
        date = reading.date
        readAt = now
        validUntil = now + max(1, min(60, 86_400 - reading.secondsIntoDay))
        return date
    }
}
