/// Measured times in milliseconds and their median, p95, minimum and maximum.
struct Samples: Sendable {
    let sorted: [Double]

    init(_ values: [Double]) { sorted = values.sorted() }

    var count: Int { sorted.count }
    var median: Double {
        guard !sorted.isEmpty else { return .nan }
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }
    /// Nearest-rank 95th percentile.
    var p95: Double { percentile(95) }
    var min: Double { sorted.first ?? .nan }
    var max: Double { sorted.last ?? .nan }

    func percentile(_ p: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[Swift.max(0, Swift.min(sorted.count - 1, rank - 1))]
    }

    /// "1.23 ms (p95 1.80, n 200)".
    var summary: String { "\(Format.ms(median)) (p95 \(Format.number(p95)), n \(count))" }
}
