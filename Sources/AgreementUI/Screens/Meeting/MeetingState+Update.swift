import AgreementKit
import Catalogue

extension MeetingState {
    public mutating func perform(_ action: Action, core: inout AppCore) -> Outcome {
        guard case .meeting(let command) = action, let agreement = core.agreement else { return .none }
        switch command {
        case .rateBeyond: return rate(.beyondAgreement, &core)
        case .rateAsAgreed: return rate(.asAgreed, &core)
        case .rateBelow: return rate(.belowAgreement, &core)
        case .markDone: return mark(.done, &core)
        case .markNotDone: return mark(.notDone, &core)
        case .next:
            step = step(after: step)
            focus = .measures
            scroll = 0
            return .effects(arrived(&core))
        case .previous:
            step = step(before: step)
            focus = .measures
            scroll = 0
        case .up:
            scroll = max(0, scroll - 1)
        case .down:
            scroll += 1
        case .comment:
            return comment(&core)
        case .stepBack:
            return stepBack(&core)
        case .minutes:
            return .push(FormState(.writeMinutes(kind), core: core))
        case .improvementPlan:
            return improvementPlan(agreement, &core)
        case .signOff:
            return signOff(agreement, &core)
        case .leave:
            core.say(.meetingLeft)
            return .pop
        }
        return .none
    }

    /// `1`/`2`/`3`: sets the focused rating and moves on (measures → attainment → next goal area).
    private mutating func rate(_ rating: Rating, _ core: inout AppCore) -> Outcome {
        guard let area = area(core) else { return .none }
        let field: FieldRef = focus == .measures ? .measuresRating(area.id) : .attainmentRating(area.id)
        guard core.allows(field.kind, inMeeting: true) else { return .none }
        trail.append(Mark(step: step, focus: focus, field: field, previous: core.agreement?.value(of: field) ?? ""))
        if focus == .measures {
            focus = .attainment
        } else {
            focus = .measures
            step = step(after: step)
            scroll = 0
        }
        let w = core.words
        let note = w.interface(.noteRated(area.label, w.fieldLabel(field.kind), w.rating(rating)))
        return .effects(core.commit({ _ = $0.set(field, to: rating.rawValue) }, note: note) + arrived(&core))
    }

    /// `u`/`i` at the checklist step: marks the task and moves on.
    private mutating func mark(_ status: ChecklistStatus, _ core: inout AppCore) -> Outcome {
        guard case .checklist(let id) = step, let item = core.agreement?.checklist.first(where: { $0.id == id }) else { return .none }
        let field = FieldRef.checklistStatus(id)
        guard core.allows(field.kind, inMeeting: true) else { return .none }
        trail.append(Mark(step: step, focus: focus, field: field, previous: item.status?.rawValue ?? ""))
        step = step(after: step)
        let note = core.words.interface(.noteChoice(item.task, core.words.checklistStatus(status)))
        return .effects(core.commit({ _ = $0.set(field, to: status.rawValue) }, note: note) + arrived(&core))
    }

    /// `Backspace`: puts back the value set last and returns to where it was set.
    private mutating func stepBack(_ core: inout AppCore) -> Outcome {
        guard let last = trail.popLast() else {
            core.say(.nothingToStepBack, .warning)
            return .none
        }
        step = last.step
        focus = last.focus
        let note = core.words.interface(.noteSteppedBack(core.words.fieldLabel(last.field.kind)))
        return .effects(core.commit({ _ = $0.set(last.field, to: last.previous) }, note: note))
    }

    /// Reaching the summary records the meeting as held (once a day per kind).
    private func arrived(_ core: inout AppCore) -> [Effect] {
        guard step == .summary, let agreement = core.agreement else { return [] }
        let review = Review(kind: kind, date: core.session.today)
        guard !agreement.reviews.contains(review) else { return [] }
        let w = core.words
        return core.commit({ $0.reviews.append(review) }, note: w.interface(.noteReviewHeld(w.reviewKind(kind), w.date(core.session.today))))
    }

    /// `c`: both comments at year-end (both parties at one keyboard), the follow-up note at mid-year.
    private func comment(_ core: inout AppCore) -> Outcome {
        guard let area = area(core) else {
            core.say(.commentsOnGoalAreas, .warning)
            return .none
        }
        if kind == .midYear {
            guard core.allows(.midYearNote, inMeeting: true) else { return .none }
            return .push(FormState(.field(.midYearNote(area.id)), core: core))
        }
        guard core.allows(.leaderComment, inMeeting: true) else { return .none }
        return .push(FormState(.meetingComments(area.id), core: core))
    }

    /// `f` in the summary: an improvement plan for the first goal area below the agreement without one.
    private func improvementPlan(_ agreement: Agreement, _ core: inout AppCore) -> Outcome {
        let below = AssessmentSummary(agreement).belowAgreement
        guard let area = below.first(where: { a in !agreement.improvementPlans.contains { $0.goalAreaID == a.id } }) ?? below.first else {
            core.say(.noAreaBelowAgreement, .warning)
            return .none
        }
        guard core.allows(.attainmentRating, inMeeting: true) else { return .none }
        return .push(FormState(.improvementPlan(area.id), core: core))
    }

    /// `s` in the summary: the party at the keyboard signs; then the other party, after a
    /// confirmation naming the person and the role — both at one keyboard, no restart.
    private func signOff(_ agreement: Agreement, _ core: inout AppCore) -> Outcome {
        guard !core.session.isReadOnly else {
            core.status = Status(core.refusal(.readOnly), kind: .warning)
            return .none
        }
        let signed = Set(agreement.currentSignOffs.map(\.party))
        let me = core.session.party
        if !signed.contains(me) { return .push(FormState(.signOff(me), core: core)) }
        let other: Party = me == .leader ? .contactPerson : .leader
        guard !signed.contains(other) else {
            core.say(.bothSigned, .warning)
            return .none
        }
        return .push(DialogState(.signAs(other), core: core))
    }
}
