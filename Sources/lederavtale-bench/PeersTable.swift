import Foundation

/// The `peers` run as tables: lederavtale's ratios to calcurse, tig and vim first, then every absolute figure.
struct PeersTable {
    /// One of lederavtale's screens as measured beside the peers.
    struct Screen {
        var name: String
        /// The agreement opened (by id), or nil for `lederavtale overview`.
        var agreement: String? = "hoeggen-skole-2011"
        var marker: String
        var preKeys: String?
        var keys: String
        var quit: String
    }

    /// The screens the issue names, measured in the tuibench run (first frame, memory, keys in
    /// blocks) and then pressed alternately with tig; keys alternate so every press changes the screen.
    static let screens = [
        Screen(name: "browse", marker: "Frivillighet", preKeys: nil, keys: "down|up,tab", quit: "q"),
        Screen(name: "detail", marker: "Frivillighet", preKeys: "down,enter", keys: "down|up", quit: "q"),
        Screen(name: "meeting", marker: "Frivillighet", preKeys: "m", keys: "right|left", quit: "q"),
        Screen(name: "overview", agreement: nil, marker: "Hoeggen", preKeys: nil, keys: "down|up", quit: "esc"),
    ]

    /// The screens added since (the issue: each with the same targets), pressed alternately with tig
    /// only, on a copy of the sample whose Eide agreement has twelve indicators (`SampleScorecard`)
    /// and whose Hoeggen agreement has a field changed twelve times (`SampleHistory`), as in `check`.
    static let laterScreens = [
        Screen(name: "matrix", agreement: nil, marker: "Hoeggen", preKeys: "tab", keys: "right|left,down|up", quit: "esc"),
        Screen(name: "conversation", marker: "Frivillighet", preKeys: "s", keys: "right|left", quit: "q"),
        Screen(name: "wheel", marker: "Frivillighet", preKeys: "h", keys: "up|down", quit: "q"),
        Screen(name: "scorecard", agreement: "eide-barneskole-2013", marker: "Eide barneskole", preKeys: "i", keys: "down|up", quit: "q"),
        Screen(name: "history", marker: "Frivillighet", preKeys: "E", keys: "down|up", quit: "q"),
        Screen(name: "plan", marker: "Frivillighet", preKeys: "H", keys: "down|up", quit: "q"),
    ]
    static let peers = ["calcurse", "tig", "vim"]
    /// tig measured again right after lederavtale's screens at a size (`tig` is right before them).
    static let tigAfter = "tig-after"
    /// Key targets against tig in the same run: median ≤ 1.5× tig's median, p95 ≤ tig's p95.
    static let medianRatio = 1.5
    static let p95Ratio = 1.0
    static let memoryMB = 10.0

    let report: TuiBenchReport
    /// Each screen's keys pressed alternately with tig's (`PairedKeys`), by `PairedKeys.name`.
    let paired: [String: PairedKeys.Result]
    let sizes: [String]
    private(set) var missed: [String] = []

    init(report: TuiBenchReport, paired: [PairedKeys.Result] = [], sizes: [String]) {
        self.report = report
        self.paired = Dictionary(paired.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
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
            let tig = tigKeys(size)
            for screen in Self.screens + Self.laterScreens {
                for key in screen.keys.split(separator: ",").map(String.init) {
                    let name = PairedKeys.name(screen: screen.name, key: key, size: size)
                    let blocks = target("lederavtale-\(screen.name)", size)?.keys?[key]
                    if let row = Self.keyRow(name, paired: paired[name], blocks: blocks, tig: tig) { rows.append(row) }
                }
            }
        }
        return rows
    }

    /// A key's row: judged on the presses alternating with tig's; the blocks measured one after the
    /// other (ours against the mean of tig's before and after) shown beside them. Without a paired
    /// measurement the blocks decide, as they did before there was one.
    static func keyRow(_ name: String, paired: PairedKeys.Result?, blocks: TuiBenchReport.KeyResult?, tig: TuiBenchReport.Summary?) -> RatioRow? {
        let inBlocks = blocks?.first_ms.flatMap { own in tig.map { (own.median / $0.median, own.p95 / $0.p95) } }
        let blockText = inBlocks.map { "median \(Format.ratio($0.0)), p95 \(Format.ratio($0.1))" }
        guard let paired else {
            if blocks != nil && blocks?.first_ms == nil { return RatioRow(what: name, ratios: "no screen change", met: false) }
            guard let inBlocks, let blockText else { return nil }
            return RatioRow(what: name, ratios: "in blocks: " + blockText, met: inBlocks.0 <= medianRatio && inBlocks.1 <= p95Ratio)
        }
        guard let own = paired.own?.first_ms, let peer = paired.peer?.first_ms else {
            let why = paired.error?.split(separator: "\n").first.map(String.init) ?? "no screen change"
            return RatioRow(what: name, ratios: "alternately with tig: \(why)", met: false)
        }
        let median = own.median / peer.median, p95 = own.p95 / peer.p95
        var text = "alternately with tig: median \(Format.ratio(median)), p95 \(Format.ratio(p95))"
        if let blockText { text += " (in blocks: \(blockText))" }
        return RatioRow(what: name, ratios: text, met: median <= medianRatio && p95 <= p95Ratio)
    }

    /// The paired keys' absolute figures: ours and tig's from the same presses' stretch of time.
    func pairedRows() -> [String] {
        sizes.flatMap { size in
            (Self.screens + Self.laterScreens).flatMap { screen in
                screen.keys.split(separator: ",").compactMap { key -> String? in
                    let name = PairedKeys.name(screen: screen.name, key: String(key), size: size)
                    guard let result = paired[name] else { return nil }
                    let figures = { (side: PairedKeys.Result.Figures?) -> String in
                        guard let first = side?.first_ms else { return "–" }
                        return "\(Format.number(first.median)) / \(Format.number(first.p95)) (max \(Format.number(first.max)))"
                    }
                    let unchanged = (result.own?.nochange ?? 0) + (result.peer?.nochange ?? 0)
                    let presses = "\(result.reps ?? 0)" + (unchanged > 0 ? " (\(unchanged) left the screen unchanged)" : "")
                    return "| \(Self.cell(name)) | \(figures(result.own)) | \(figures(result.peer)) | \(presses) | \(Format.number(result.host_busy_pct ?? .nan)) % |"
                }
            }
        }
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
        var out = ["Measured \(day) on \(machine); tuibench through a pty, \(`repeat`) start-ups (median) and \(keyReps) presses per key, all programs in one run; at each size tig right before and right after lederavtale's screens (in blocks: against the mean of the two). Then each of lederavtale's keys pressed alternately with tig's, both programs open at once, the order swapped every press: the key targets are judged on these.", ""]
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
        let pairedLines = pairedRows()
        if !pairedLines.isEmpty {
            out.append("")
            out.append("| key pressed alternately with tig's | lederavtale ms, median / p95 | tig ms, median / p95 | presses each | host busy |")
            out.append("| --- | --- | --- | --- | --- |")
            out += pairedLines
        }
        return out.joined(separator: "\n")
    }

    /// A key like `down|up` inside a Markdown table cell.
    static func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}
