/// Section 1.5's two-sided leader assessment, per criterion of the basis.
extension Agreement {
    /// One line per criterion of section 1.5 in the agreement's order, each with its assessment
    /// (empty when none is recorded), then assessments of criteria no longer listed, so nothing
    /// said is hidden.
    public var leaderAssessmentSheet: [CriterionAssessment] {
        let basis = about.leaderAssessmentBasis
        let listed = basis.map { criterion in leaderAssessment.first { $0.criterion == criterion } ?? CriterionAssessment(criterion: criterion) }
        let orphans = leaderAssessment.filter { !basis.contains($0.criterion) && !$0.isEmpty }
        return listed + orphans
    }

    /// Records the assessment of a criterion, replacing the one before; an empty one is removed.
    public mutating func setAssessment(_ assessment: CriterionAssessment) {
        if let i = leaderAssessment.firstIndex(where: { $0.criterion == assessment.criterion }) {
            if assessment.isEmpty { leaderAssessment.remove(at: i) } else { leaderAssessment[i] = assessment }
        } else if !assessment.isEmpty {
            leaderAssessment.append(assessment)
        }
    }
}
