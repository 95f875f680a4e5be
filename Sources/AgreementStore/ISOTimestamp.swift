#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Local timestamps with their offset (`2011-03-14T10:42:05+01:00`), from the C library: no ICU
/// (about 4 MB of memory) at start-up.
enum ISOTimestamp {
    static func string(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970)
        var parts = tm()
        localtime_r(&seconds, &parts)
        var buffer = [CChar](repeating: 0, count: 40)
        let n = strftime(&buffer, buffer.count, "%Y-%m-%dT%H:%M:%S%z", &parts)
        var text = String(decoding: buffer.prefix(n).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if text.hasSuffix("+0000") { text = String(text.dropLast(5)) + "Z" } else if text.count > 2 { text.insert(":", at: text.index(text.endIndex, offsetBy: -2)) }
        return text
    }

    /// The instant of `2011-03-14T10:42:05+01:00` (or `…Z`), or nil.
    static func date(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20 else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            return Int(String(decoding: bytes[range], as: UTF8.self))
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19) else { return nil }
        var offset = 0
        let zone = bytes[19]
        if zone == UInt8(ascii: "+") || zone == UInt8(ascii: "-") {
            guard let h = number(20..<22), let m = number(23..<25) ?? number(22..<24) else { return nil }
            offset = (h * 3600 + m * 60) * (zone == UInt8(ascii: "-") ? -1 : 1)
        } else if zone != UInt8(ascii: "Z") {
            return nil
        }
        var parts = tm()
        parts.tm_year = Int32(year - 1900)
        parts.tm_mon = Int32(month - 1)
        parts.tm_mday = Int32(day)
        parts.tm_hour = Int32(hour)
        parts.tm_min = Int32(minute)
        parts.tm_sec = Int32(second)
        let utc = timegm(&parts)
        return Date(timeIntervalSince1970: TimeInterval(Int(utc) - offset))
    }
}
