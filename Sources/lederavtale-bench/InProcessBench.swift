import AgreementKit
import AgreementStore
import AgreementUI
import Catalogue
import Foundation

/// The in-process measurements of `run`: load, open, save, render, key → frame and list, each
/// after a warm-up, written into a result table against the targets.
struct InProcessBench {
    static let size = Size(width: 120, height: 40)
    /// Targets from the issue.
    static let loadRatio = 1.2
    static let saveMs = 5.0
    static let keyMedianMs = 1.0
    static let keyP95Ms = 2.0
    static let warmListMs = 100.0

    let stores: BenchStores
    let iterations: Int
    var table = ResultTable()
    /// Keeps results alive so the optimiser cannot drop work.
    var sink = 0

    init(stores: BenchStores, iterations: Int) {
        self.stores = stores
        self.iterations = iterations
    }

    /// Loading the same agreement from the large and the one-agreement store, interleaved.
    mutating func load() throws {
        let id = stores.agreementID
        for _ in 0..<5 {
            _ = try stores.large.load(id)
            _ = try stores.one.load(id)
        }
        var inLarge: [Double] = [], inOne: [Double] = []
        for _ in 0..<iterations {
            inLarge.append(try Stopwatch.milliseconds { sink &+= try stores.large.load(id).goalAreas.count })
            inOne.append(try Stopwatch.milliseconds { sink &+= try stores.one.load(id).goalAreas.count })
        }
        let large = Samples(inLarge), one = Samples(inOne)
        let n = stores.agreementCount.grouped
        table.info("load one agreement, \(n) store", large.summary)
        table.info("load one agreement, 1-agreement store", one.summary)
        let ratio = large.median / one.median
        table.check("load: \(n) store / 1-agreement store", Format.ratio(ratio), target: "≤ \(Format.ratio(Self.loadRatio))", ok: ratio <= Self.loadRatio)
    }

    /// What opening by id costs before the terminal: load, build the state, render the first frame.
    mutating func open() throws {
        for (name, store, id) in [("\(stores.agreementCount.grouped) store", stores.large, stores.agreementID),
                                  ("sample", stores.sample, "hoeggen-skole-2011")] {
            let samples = try Stopwatch.samples(count: iterations) { _ in
                let state = AppState(agreement: try store.load(id), size: Self.size)
                sink &+= Renderer.render(state, size: Self.size).cells.count
            }
            table.info("open by id → first frame in-process (load + state + render), \(name)", samples.summary)
        }
    }

    /// Atomic saves (temporary file, fsync, rename, fsync of the folder) of a changed agreement,
    /// as the app makes them — with the copy last written, which the history diffs against, and
    /// the file's stamp checked first: the sample (the target is its p95) and the largest
    /// generated agreement. Each save writes the public file and the history durably; the
    /// index's delta (a cache) is written when the agreement is let go, as the app does it.
    mutating func save() throws {
        for (name, shared, id) in [("sample", stores.sample, "hoeggen-skole-2011"), ("largest generated", stores.one, stores.agreementID)] {
            var store = shared
            store.indexing = .batched
            defer { store.flushIndex() }
            var agreement = try store.load(id)
            var previous = agreement
            var stamp = store.stamp(of: id)
            let samples = try Stopwatch.samples(count: iterations) { i in
                agreement.conditions.contactComment = "Målt lagring nr. \(i)"
                var report = SaveReport()
                stamp = try store.save(agreement, expecting: stamp, previous: previous, report: &report)
                previous = agreement
            }
            let measured = "\(Format.ms(samples.median)) median, p95 \(Format.number(samples.p95)), max \(Format.number(samples.max))"
            table.check("save one agreement, \(name) (as the app saves: public file and history fsynced)", measured,
                        target: "p95 ≤ \(Format.ms(Self.saveMs))", ok: samples.p95 <= Self.saveMs)
        }
    }

    /// Rendering the main screen of the opened agreement.
    mutating func render() throws {
        let state = AppState(agreement: try stores.large.load(stores.agreementID), size: Self.size)
        let samples = Stopwatch.samples(count: iterations) { _ in sink &+= Renderer.render(state, size: Self.size).cells.count }
        table.info("render main screen 120×40", samples.summary)
    }

    /// Update plus render per key, on the main screen and in the picker over the whole store.
    mutating func keys() throws {
        var state = AppState(agreement: try stores.large.load(stores.agreementID), size: Self.size)
        let (main, mainUpdate) = Self.replay(KeyScript.main, on: &state, rounds: iterations, sink: &sink)
        addKeyRows("key → frame, main screen (update + render)", main, update: mainUpdate)
        let entries = try stores.large.list().summaries.map {
            PickerEntry(id: $0.id, unit: $0.unit, year: $0.year, phase: $0.phase, progress: $0.progress)
        }
        var picker = AppState(entries: entries, size: Self.size)
        let (keys, update) = Self.replay(KeyScript.picker, on: &picker, rounds: iterations, sink: &sink)
        addKeyRows("key → frame, picker of \(entries.count.grouped) (update + render)", keys, update: update)
        filterKeys("filter key, picker of \(entries.count.grouped) (s, k, o typed and taken back)", on: &picker)
    }

    /// Replays `script` `rounds` times (after one unmeasured round); returns key → frame and update-only times.
    static func replay(_ script: [Key], on state: inout AppState, rounds: Int, sink: inout Int) -> (frames: Samples, updates: Samples) {
        var frames: [Double] = [], updates: [Double] = []
        for round in -1..<rounds {
            for key in script {
                let start = Stopwatch.clock.now
                sink &+= state.update(.key(key)).count
                let updated = Stopwatch.clock.now
                sink &+= Renderer.render(state, size: size).cells.count
                let end = Stopwatch.clock.now
                if round >= 0 {
                    frames.append(Stopwatch.milliseconds(end - start))
                    updates.append(Stopwatch.milliseconds(updated - start))
                }
            }
        }
        return (Samples(frames), Samples(updates))
    }

    mutating func addKeyRows(_ what: String, _ frames: Samples, update: Samples) {
        table.check("\(what): median", "\(Format.ms(frames.median)) (update alone \(Format.ms(update.median)), n \(frames.count))",
                    target: "≤ \(Format.ms(Self.keyMedianMs))", ok: frames.median <= Self.keyMedianMs)
        table.check("\(what): p95", Format.ms(frames.p95), target: "≤ \(Format.ms(Self.keyP95Ms))", ok: frames.p95 <= Self.keyP95Ms)
    }

    /// Listing the large store without its index (the first listing builds `.index.json`) and with it.
    mutating func list() throws {
        let store = stores.large
        let index = store.root + "/.index.json"
        try? FileManager.default.removeItem(atPath: index)
        var cold: ListResult?
        let coldMs = try Stopwatch.milliseconds { cold = try store.list() }
        if let problems = cold?.problems, !problems.isEmpty {
            throw BenchFailure("listing found \(problems.count) unreadable files, e.g. \(Language.nb.words.storeError(problems[0]))")
        }
        let n = stores.agreementCount.grouped
        table.info("list \(n), cold (no index: decodes every file, writes .index.json)", Format.ms(coldMs))
        let warm = try Stopwatch.samples(count: min(iterations, 30)) { _ in sink &+= try store.list().summaries.count }
        table.check("list \(n), warm (index present)", warm.summary, target: "median ≤ \(Format.ms(Self.warmListMs))", ok: warm.median <= Self.warmListMs)
    }

    /// Peak and current resident memory of this process.
    mutating func memory() {
        let peak = MemoryStatus.peakKilobytes.map { Format.mebibytes(kilobytes: $0) } ?? "–"
        let now = MemoryStatus.currentKilobytes.map { Format.mebibytes(kilobytes: $0) } ?? "–"
        table.info("peak memory of this process (VmHWM; now \(now))", peak, note: "info (15 MB is for the TUI; see tui)")
    }
}
