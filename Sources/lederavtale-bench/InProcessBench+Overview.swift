import AgreementKit
import AgreementStore
import AgreementUI
import Foundation

extension InProcessBench {
    /// Targets from the overview's issue (17) and the speed issue (22).
    static let overviewFrameMs = 100.0
    /// Issue 17 asked ≤ 150 ms, issue 22 ≤ 100 ms: the tighter one.
    static let overviewCLIMs = 100.0
    static let matrixMs = 50.0
    static let matrixUnits = 200

    /// The overview of the large store: the first frame after `Ctrl-O` in the picker (the key,
    /// the listing the executable performs for `.loadOverview`, the lines, the render), typing
    /// into its filter, the goal matrix of 200 units, and `lederavtale overview` and `list` as
    /// the real release binary prints them (when it is built).
    mutating func overview() throws {
        let store = stores.large
        let n = stores.agreementCount.grouped
        let today = LocalDate.today()
        let entries = try store.list().summaries.map {
            PickerEntry(id: $0.id, unit: $0.unit, year: $0.year, phase: $0.phase, progress: $0.progress)
        }
        let picker = AppState(entries: entries, size: Self.size, today: today)
        var loaded = picker
        let first = try Stopwatch.samples(count: min(iterations, 30)) { _ in
            var state = picker
            guard state.update(.key(.control("o"))) == [.loadOverview(on: today)] else { throw BenchFailure("Ctrl-O in the picker did not ask for the overview") }
            let summaries = try store.list().summaries
            _ = state.update(.overviewLoaded(OverviewData(summaries: consume summaries, problems: [], on: today)))
            sink &+= Renderer.render(state, size: Self.size).cells.count
            loaded = state
        }
        table.check("overview of \(n): first frame after the picker (Ctrl-O → index → lines → render)", first.summary,
                    target: "median ≤ \(Format.ms(Self.overviewFrameMs))", ok: first.median <= Self.overviewFrameMs)

        let (frames, update) = Self.replay(KeyScript.overview, on: &loaded, rounds: iterations, sink: &sink)
        addKeyRows("key → frame, overview of \(n) (typing into the filter, F5)", frames, update: update)
        filterKeys("filter key, overview of \(n) (s, k, o typed and taken back)", on: &loaded)
        var matrixOfAll = loaded
        _ = matrixOfAll.update(.key(.tab))
        if matrixOfAll.top.is(MatrixState.self), let script = CostScript.named("matrix") {
            let (keys, matrixUpdate) = Self.replay(script.keys, on: &matrixOfAll, rounds: iterations, sink: &sink)
            addKeyRows("key → frame, goal matrix of \(n) (across and down)", keys, update: matrixUpdate)
        }

        // The newest agreement of each unit, 200 of them: what a matrix of one year across units holds.
        let all = loaded.top.as(OverviewState.self)?.table.rows ?? []
        let newest = all.map(\.year).max() ?? 0
        let rows = all.filter { $0.year == newest }.prefix(Self.matrixUnits)
        let matrix = Stopwatch.samples(count: iterations) { _ in
            let state = AppState(core: picker.core, screen: MatrixState(rows: Array(rows)))
            sink &+= Renderer.render(state, size: Self.size).cells.count
        }
        table.check("goal matrix of \(rows.count) units: build + render 120×40", "\(matrix.summary), max \(Format.number(matrix.max))",
                    target: "≤ \(Format.ms(Self.matrixMs))", ok: matrix.max <= Self.matrixMs)

        let binary = PackagePaths.releaseBinary
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            table.info("`lederavtale overview` / `list` of \(n) (release binary)", "not measured: run `swift build -c release` first")
            return
        }
        for (label, arguments, target) in [("`lederavtale list` of \(n) (release binary, index present)", ["list"], Self.warmListMs),
                                           ("`lederavtale overview` of \(n) (release binary, table, index present)", ["overview", "--format", "table"], Self.overviewCLIMs)] {
            let samples = try Stopwatch.samples(count: 10, warmup: 2) { _ in try QuietRun.run(binary, arguments + ["--store", store.root]) }
            table.check(label, samples.summary, target: "median ≤ \(Format.ms(target))", ok: samples.median <= target)
        }
    }
}
