import Foundation

/// Whole-machine CPU use from /proc/stat: how busy the host was during a measurement, and waiting for quiet.
struct HostLoad {
    let busy: UInt64
    let total: UInt64

    /// The CPU counters now, or nil where /proc/stat is missing.
    static func now() -> HostLoad? {
        guard let text = try? String(contentsOfFile: "/proc/stat", encoding: .utf8),
              let line = text.split(separator: "\n").first, line.hasPrefix("cpu ") else { return nil }
        let values = line.split(separator: " ").dropFirst().compactMap { UInt64($0) }
        guard values.count >= 5 else { return nil }
        let idle = values[3] + values[4]  // idle + iowait
        let total = values.reduce(0, +)
        return HostLoad(busy: total - idle, total: total)
    }

    /// Percent of all cores busy between `self` and `later`.
    func percent(until later: HostLoad) -> Double {
        let total = later.total &- self.total
        return total == 0 ? 0 : Double(later.busy &- busy) * 100 / Double(total)
    }

    /// Waits up to `seconds` until the host is below `threshold` percent busy over half a second;
    /// returns the last figure seen.
    @discardableResult
    static func waitIdle(seconds: Double, threshold: Double = 25) -> Double? {
        let deadline = Date().addingTimeInterval(seconds)
        var last: Double?
        repeat {
            guard let start = now() else { return nil }
            usleep(500_000)
            guard let end = now() else { return nil }
            last = start.percent(until: end)
            if let last, last < threshold { return last }
        } while Date() < deadline
        return last
    }
}
