/// The points of a replay where `check` has callgrind cut its count (`--dump-before`): the first frame is
/// drawn and the keys begin; the keys are done and the process ends. Never inlined or optimized away,
/// so the functions are there to be found by name.
enum CostMarks {
    /// The callgrind options that cut a run at both marks, by the functions' mangled names: callgrind
    /// 3.19 honours only one of two patterns that start alike (`*CostMarks*…`), exact names both. A
    /// renamed or re-typed mark makes `check` fail with «not 3 parts», so the names cannot go stale unseen.
    static let callgrindOptions = ["--dump-before=$s17lederavtale_bench9CostMarksO9keysBeginyS2iFZ",
                                   "--dump-before=$s17lederavtale_bench9CostMarksO7keysEndyS2iFZ"]

    /// Called once the first frame is drawn, before the first key; returns `value`.
    @inline(never) @_optimize(none)
    static func keysBegin(_ value: Int) -> Int { value }

    /// Called after the last key's frame, before the process ends; returns `value`.
    @inline(never) @_optimize(none)
    static func keysEnd(_ value: Int) -> Int { value }
}
