/// Times work with the monotonic clock (`ContinuousClock`, CLOCK_MONOTONIC on Linux).
enum Stopwatch {
    static let clock = ContinuousClock()

    /// Milliseconds that `body` took.
    static func milliseconds(_ body: () throws -> Void) rethrows -> Double {
        let start = clock.now
        try body()
        return milliseconds(clock.now - start)
    }

    static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }

    static func seconds(_ duration: Duration) -> Double { milliseconds(duration) / 1000 }

    /// Runs `body` `warmup` times unmeasured, then `count` times measured.
    static func samples(count: Int, warmup: Int = 3, _ body: (Int) throws -> Void) rethrows -> Samples {
        for i in 0..<warmup { try body(-1 - i) }
        var values: [Double] = []
        values.reserveCapacity(count)
        for i in 0..<count { values.append(try milliseconds { try body(i) }) }
        return Samples(values)
    }
}
