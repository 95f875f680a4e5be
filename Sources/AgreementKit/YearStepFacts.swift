/// A step of the year as the agreement has it: its own date, if it set one, and whether the
/// step is done. Kept in the store's index (`OverviewFacts`) so the overview needs no agreement.
public struct YearStepFacts: Equatable, Hashable, Sendable, Codable {
    public var step: YearStep
    /// The agreement's own date for the step (`AgreementSchedule`), nil when not set.
    public var date: LocalDate?
    public var done: Bool

    public init(step: YearStep, date: LocalDate?, done: Bool) {
        self.step = step
        self.date = date
        self.done = done
    }
}

extension Agreement {
    /// Every step of the year with the agreement's own date and whether it is done, in step order.
    public var yearStepFacts: [YearStepFacts] {
        YearStep.allCases.map { YearStepFacts(step: $0, date: $0.ownDate(in: schedule), done: isDone(step: $0)) }
    }

    /// A step is done when its milestone is (`isDone(_:)` of `AgreementMilestone`); Oppfølging is
    /// done once left; the year-end meeting once recorded (meeting mode) or the agreement closed.
    public func isDone(step: YearStep) -> Bool {
        if let milestone = step.milestone { return isDone(milestone) }
        switch step {
        case .followUpDone: return phase > .followUp
        default: return phase == .closed || reviews.contains { $0.kind == .yearEnd }
        }
    }
}
