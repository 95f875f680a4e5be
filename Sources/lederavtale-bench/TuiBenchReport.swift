/// The parts of tuibench's `--json` document that the tui command reads.
struct TuiBenchReport: Decodable {
    /// Median, p95, min, max and count of a series, as tuibench summarises it.
    struct Summary: Decodable {
        var median: Double
        var p95: Double
        var min: Double
        var max: Double
        var n: Int
    }

    /// The latencies of one key (or alternating pair of keys).
    struct KeyResult: Decodable {
        var first_ms: Summary?
        var settled_ms: Summary?
        var nochange: Int
    }

    /// One measured target.
    struct Target: Decodable {
        var name: String
        var ok: Bool
        var error: String?
        var ttff_ms: Summary?
        var peak_rss_kb: Int?
        var rss_first_frame_kb: Double?
        var host_busy_pct: Double?
        var keys: [String: KeyResult]?
    }

    var results: [Target]

    func target(_ name: String) -> Target? { results.first { $0.name == name } }
}
