/// How far a phase has come: the fields it requires and how many of them are filled
/// ("fields done / required"); what is missing is `required - done`, the phase's gaps.
public struct PhaseProgress: Equatable, Hashable, Sendable, Codable {
    public var done: Int
    public var required: Int

    public init(done: Int, required: Int) {
        self.done = done
        self.required = required
    }

    /// True when nothing is missing.
    public var isComplete: Bool { done >= required }

    /// Done as a share of required, 1 when nothing is required (for sorting).
    public var fraction: Double { required == 0 ? 1 : Double(done) / Double(required) }
}

extension Agreement {
    /// The progress of the current phase.
    public var phaseProgress: PhaseProgress { progress(in: phase) }

    /// The progress of a phase, counted as its gaps are: in Inngåelse section 3.1 and each row's
    /// target and measures (a goal area without rows counts once); in Oppfølging a log entry on
    /// each row; in Resultatvurdering (and once Avsluttet) both ratings of each goal area and a
    /// mark on each checklist task.
    public func progress(in phase: Phase) -> PhaseProgress {
        let required: Int
        let missing: Int
        switch phase {
        case .agreement:
            required = 1 + goalAreas.reduce(0) { $0 + ($1.rows.isEmpty ? 1 : 2 * $1.rows.count) }
            missing = gapCount(in: .agreement)
        case .followUp:
            required = goalAreas.reduce(0) { $0 + $1.rows.count }
            missing = gapCount(in: .followUp)
        case .assessment, .closed:
            required = goalAreas.count + checklist.count
            missing = gapCount(in: .assessment)
        }
        return PhaseProgress(done: max(0, required - missing), required: required)
    }
}

extension GoalArea {
    /// The progress of one goal area in a phase: its rows' targets and measures in Inngåelse,
    /// its rows with a log entry in Oppfølging, its two ratings from Resultatvurdering on.
    public func progress(in phase: Phase) -> PhaseProgress {
        switch phase {
        case .agreement:
            if rows.isEmpty { return PhaseProgress(done: 0, required: 1) }
            let done = rows.reduce(0) { $0 + ($1.target.isBlank ? 0 : 1) + ($1.measures.isEmpty ? 0 : 1) }
            return PhaseProgress(done: done, required: 2 * rows.count)
        case .followUp:
            return PhaseProgress(done: rows.filter { !$0.log.isEmpty }.count, required: rows.count)
        case .assessment, .closed:
            let done = (assessment.measuresRating == nil ? 0 : 1) + (assessment.attainmentRating == nil ? 0 : 1)
            return PhaseProgress(done: done, required: 2)
        }
    }
}
