import AgreementUI

extension InProcessBench {
    /// A filter key in the picker or the overview of the large store: p95 at most this (the target).
    static let filterKeyP95Ms = 1.5

    /// Key → frame on the screens added after the main screen, each from its cost script's starting
    /// state (the sample with the shipped wheels and guide, the overview and matrix of the demo
    /// municipality): the same keys that `check` counts, timed.
    mutating func screens() throws {
        for name in ["overview", "matrix", "wheel", "scorecard", "conversation", "history", "plan", "plan-2000"] {
            guard let script = CostScript.named(name) else { throw BenchFailure("no cost script \(name)") }
            var state = try script.start()
            let (frames, update) = Self.replay(script.keys, on: &state, rounds: iterations, sink: &sink)
            addKeyRows("key → frame, \(name) of the samples (\(script.what))", frames, update: update)
        }
    }

    /// Typing into a filter over the large store and taking it back: its own p95 target.
    mutating func filterKeys(_ what: String, on state: inout AppState) {
        let typing: [Key] = [.character("s"), .character("k"), .character("o"), .backspace, .backspace, .backspace]
        let (frames, _) = Self.replay(typing, on: &state, rounds: iterations, sink: &sink)
        table.check("\(what): p95", "\(Format.ms(frames.p95)) (median \(Format.number(frames.median)), n \(frames.count))",
                    target: "≤ \(Format.ms(Self.filterKeyP95Ms))", ok: frames.p95 <= Self.filterKeyP95Ms)
    }
}
