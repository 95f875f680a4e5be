/// Whether the steps of the year that have a deadline are done: the part of "behind" that does
/// not depend on the date (see `OverviewRow` and the README's definition).
extension Agreement {
    /// The steps that are done, in their order.
    public var milestonesDone: [AgreementMilestone] {
        AgreementMilestone.allCases.filter(isDone)
    }

    /// A step is done when:
    /// - the agreement is signed: it has left Inngåelse, with nothing missing when it left or
    ///   with Inngåelse signed by the leader and the director or contact person;
    /// - the mid-year review: one is recorded (meeting mode), or the agreement has reached
    ///   Resultatvurdering;
    /// - the year-end assessment: the agreement is Avsluttet, with nothing missing when it left
    ///   Resultatvurdering or with Resultatvurdering signed by both parties.
    public func isDone(_ milestone: AgreementMilestone) -> Bool {
        switch milestone {
        case .agreementSigned:
            return phase > .agreement && finished(.agreement)
        case .midYearReview:
            return phase >= .assessment || reviews.contains { $0.kind == .midYear }
        case .yearEndAssessment:
            return phase == .closed && finished(.assessment)
        }
    }

    /// A phase the agreement has left is finished when nothing was missing as it left (a move
    /// not on record counts as such: the agreement was entered in a later phase) or when both
    /// parties signed it.
    private func finished(_ left: Phase) -> Bool {
        let move = phaseChanges.last { $0.from == left && $0.to > left }
        if move?.gaps.isEmpty ?? true { return true }
        let signers = Set(signOffs.filter { $0.phase == left }.map(\.party))
        return signers.contains(.leader) && (signers.contains(.director) || signers.contains(.contactPerson))
    }
}
