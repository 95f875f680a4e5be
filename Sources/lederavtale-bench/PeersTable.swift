import Foundation

/// The `peers` run as tables: lederavtale's ratios to calcurse, tig and vim first, then every absolute figure.
struct PeersTable {
    /// One of lederavtale's screens as measured beside the peers.
    struct Screen {
        var name: String
        var marker: String
        var preKeys: String?
        var keys: String
        var quit: String
    }

    /// The screens the issue names; keys alternate so every press changes the screen.
    static let screens = [
        Screen(name: "browse", marker: "Frivillighet", preKeys: nil, keys: "down|up,tab", quit: "q"),
        Screen(name: "detail", marker: "Frivillighet", preKeys: "down,enter", keys: "down|up", quit: "q"),
        Screen(name: "meeting", marker: "Frivillighet", preKeys: "m", keys: "right|left", quit: "q"),
        Screen(name: "overview", marker: "Hoeggen", preKeys: nil, keys: "down|up", quit: "esc"),
    ]
    static let peers = ["calcurse", "tig", "vim"]
    /// tig measured again right after lederavtale's screens at a size (`tig` is right before them).
    static let tigAfter = "tig-after"
    /// Key targets against tig in the same run: median ≤ 1.5× tig's median, p95 ≤ tig's p95.
    static let medianRatio = 1.5
    static let p95Ratio = 1.0
    static let memoryMB = 10.0

    let report: TuiBenchReport
    let sizes: [String]
    private(set) var missed: [String] = []

    init(report: TuiBenchReport, sizes: [String]) {
        self.report = report
        self.sizes = sizes
        missed = ratioRows().compactMap { $0.met == false ? $0.what : nil }
    }

    /// A row of the ratio table.
    struct RatioRow {
        var what: String
        var ratios: String
        var met: Bool?
    }

    private func target(_ name: String, _ size: String) -> TuiBenchReport.Target? { report.target("\(name)@\(size)") }

    /// tig's key figures at a size (its only key, down|up): the mean of its runs right before and
    /// right after lederavtale's screens, or the one run there is.
    private func tigKeys(_ size: String) -> TuiBenchReport.Summary? {
        let runs = ["tig", Self.tigAfter].compactMap { target($0, size)?.keys?.values.first?.first_ms }
        guard var mean = runs.first else { return nil }
        mean.median = runs.map(\.median).reduce(0, +) / Double(runs.count)
        mean.p95 = runs.map(\.p95).reduce(0, +) / Double(runs.count)
        mean.min = runs.map(\.min).min() ?? mean.min
        mean.max = runs.map(\.max).max() ?? mean.max
        mean.n = runs.map(\.n).reduce(0, +)
        return mean
    }

    func ratioRows() -> [RatioRow] {
        var rows: [RatioRow] = []
        for size in sizes {
            let own = target("lederavtale-browse", size)
            if let ttff = own?.ttff_ms?.median {
                let parts = Self.peers.compactMap { peer in target(peer, size)?.ttff_ms.map { "\(peer) \(Format.ratio(ttff / $0.median))" } }
                rows.append(RatioRow(what: "first frame @ \(size)", ratios: parts.joined(separator: ", "), met: nil))
            }
            let peaks = Self.screens.compactMap { target("lederavtale-\($0.name)", size)?.peak_rss_kb }
            if let peak = peaks.max() {
                let parts = ["vim", "tig"].compactMap { peer in target(peer, size)?.peak_rss_kb.map { "\(peer) \(Format.ratio(Double(peak) / Double($0)))" } }
                rows.append(RatioRow(what: "peak RSS @ \(size) (largest of the screens)", ratios: parts.joined(separator: ", "),
                                     met: Double(peak) / 1024 <= Self.memoryMB))
            }
            guard let tig = tigKeys(size) else { continue }
            for screen in Self.screens {
                guard let keys = target("lederavtale-\(screen.name)", size)?.keys else { continue }
                for (key, result) in keys.sorted(by: { $0.key < $1.key }) {
                    guard let first = result.first_ms else {
                        rows.append(RatioRow(what: "\(screen.name) \(key) @ \(size)", ratios: "no screen change", met: false))
                        continue
                    }
                    let median = first.median / tig.median, p95 = first.p95 / tig.p95
                    rows.append(RatioRow(what: "\(screen.name) \(key) @ \(size)",
                                         ratios: "median \(Format.ratio(median)), p95 \(Format.ratio(p95))",
                                         met: median <= Self.medianRatio && p95 <= Self.p95Ratio))
                }
            }
        }
        return rows
    }

    /// Every target's absolute figures, peers first.
    func absoluteRows() -> [String] {
        let names = Self.peers + Self.screens.map { "lederavtale-\($0.name)" } + [Self.tigAfter]
        var rows: [String] = []
        for size in sizes {
            for name in names {
                guard let result = target(name, size) else { continue }
                guard result.ok, let ttff = result.ttff_ms else {
                    rows.append("| \(name) @ \(size) | FAILED: \(result.error?.split(separator: "\n").first ?? "?") | | | |")
                    continue
                }
                let keys = (result.keys ?? [:]).sorted { $0.key < $1.key }.map { key, value in
                    value.first_ms.map { "\(Self.cell(key)) \(Format.number($0.median)) / \(Format.number($0.p95))" } ?? "\(Self.cell(key)) no change"
                }.joined(separator: "; ")
                let rss = result.peak_rss_kb.map { Format.mebibytes(kilobytes: $0) } ?? "–"
                rows.append("| \(name) @ \(size) | \(Format.number(ttff.median)) (\(Format.number(ttff.min))–\(Format.number(ttff.max))) | \(keys) | \(rss) | \(Format.number(result.host_busy_pct ?? .nan)) % |")
            }
        }
        return rows
    }

    func markdown(machine: String, date: Date, repeat: Int, keyReps: Int) -> String {
        let day = ISO8601DateFormatter().string(from: date)
        var out = ["Measured \(day) on \(machine); tuibench through a pty, \(`repeat`) start-ups (median) and \(keyReps) presses per key, all programs in one run; at each size tig right before and right after lederavtale's screens, which are held against the mean of the two.", ""]
        out.append("| lederavtale against the peers | ratio | target met |")
        out.append("| --- | --- | --- |")
        for row in ratioRows() {
            let met = row.met.map { $0 ? "yes" : "**no**" } ?? "–"
            out.append("| \(Self.cell(row.what)) | \(row.ratios) | \(met) |")
        }
        out.append("")
        out.append("| program @ size | first frame ms, median (min–max) | key → screen change ms, median / p95 | peak RSS | host busy |")
        out.append("| --- | --- | --- | --- | --- |")
        out += absoluteRows()
        return out.joined(separator: "\n")
    }

    /// A key like `down|up` inside a Markdown table cell.
    static func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}
