import Foundation

/// How figures are written in the tables: milliseconds, megabytes, ratios.
enum Format {
    /// "0.42 ms", "12.3 ms", "1250 ms".
    static func ms(_ value: Double) -> String { "\(number(value)) ms" }

    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        if value < 10 { return String(format: "%.2f", value) }
        if value < 100 { return String(format: "%.1f", value) }
        return String(format: "%.0f", value)
    }

    static func seconds(_ value: Double) -> String { String(format: "%.1f s", value) }
    static func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_000_000) }
    static func mebibytes(kilobytes: Int) -> String { String(format: "%.1f MB", Double(kilobytes) / 1024) }
    static func ratio(_ value: Double) -> String { String(format: "%.2f×", value) }
    /// An instruction count in millions or thousands: "41.2 M", "812 k".
    static func instructions(_ count: Int) -> String {
        count >= 10_000_000 ? String(format: "%.1f M", Double(count) / 1e6) : String(format: "%.0f k", Double(count) / 1e3)
    }
}

extension Int {
    /// "2,000": thousands grouped with commas, as the figures are published.
    var grouped: String {
        let digits = String(magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (self < 0 ? "-" : "") + out
    }
}
