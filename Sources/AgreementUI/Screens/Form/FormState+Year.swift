import AgreementKit
import Catalogue

extension FormState {
    func signOff(_ party: Party, _ core: inout AppCore) -> Outcome {
        let name = text(.name).trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else {
            core.say(.nameMissing, .warning)
            return .none
        }
        let today = core.session.today
        let effects = core.commit({ $0.signOff(party: party, name: name, date: today) }, note: core.words.interface(.noteSigned(name, party)))
        return Outcome(effects: effects, navigation: [.pop])
    }

    /// Reopens the previous phase with its reason. When it takes back a phase change (undo),
    /// the reopening is the record of it, and the history before it is forgotten: every earlier
    /// snapshot predates the phase change and the reopening, so undoing back to one would erase
    /// both records without a trace.
    mutating func reopen(undoing: Bool, _ core: inout AppCore) -> Outcome {
        guard let reason = reason(&core) else { return .none }
        let (party, today, person) = (core.session.party, core.session.today, core.session.person)
        if undoing { core.document?.forgetHistory() }
        let effects = core.commit({ $0.reopenPreviousPhase(reason: reason, date: today, party: party, person: person) },
                                  note: core.words.interface(.noteReopened), undoable: !undoing)
        return Outcome(effects: effects, navigation: [.popToMain])
    }

    mutating func improvementPlan(_ areaID: ItemID, _ core: inout AppCore) -> Outcome {
        guard let agreement = core.agreement else { return .none }
        var dates: [LocalDate] = []
        for part in Self.dateParts(text(.followUpDates), core.words, year: agreement.header.year) {
            guard let date = core.words.parseDate(part, defaultYear: agreement.header.year) else {
                focus(.followUpDates)
                core.say(.notADate(part, example: core.words.date(core.session.today.clamped(toYear: agreement.header.year))), .error)
                return .none
            }
            dates.append(date)
        }
        guard !text(.actions).isBlank else {
            focus(.actions)
            core.say(.writeSomethingFirst, .warning)
            return .none
        }
        let plan = ImprovementPlan(id: core.newID(), goalAreaID: areaID, actions: text(.actions), followUpDates: dates, created: core.session.today)
        let effects = core.commit({ $0.improvementPlans.append(plan) }, note: core.words.interface(.notePlanSaved))
        return Outcome(effects: effects, navigation: [.pop])
    }

    /// Both comments, each stamped with the role it is recorded for (both sit at one keyboard).
    func meetingComments(_ areaID: ItemID, _ core: inout AppCore) -> Outcome {
        let (leader, contact, today) = (text(.leaderComment), text(.contactComment), core.session.today)
        let effects = core.commit({ a in
            guard let i = a.goalAreas.firstIndex(where: { $0.id == areaID }) else { return }
            if a.goalAreas[i].assessment.leaderComment != leader {
                a.goalAreas[i].assessment.leaderComment = leader
                a.goalAreas[i].assessment.leaderCommentStamp = Stamp(party: .leader, date: today)
            }
            if a.goalAreas[i].assessment.contactComment != contact {
                a.goalAreas[i].assessment.contactComment = contact
                a.goalAreas[i].assessment.contactCommentStamp = Stamp(party: .contactPerson, date: today)
            }
        }, note: core.words.interface(.noteCommentsSaved))
        return Outcome(effects: effects, navigation: [.pop])
    }

    /// The dates in a list the user typed: parts between commas, semicolons and line breaks;
    /// a part that is not one date ("15.01 15.02") is split at its spaces, so "15 Jan 2012"
    /// stays one date in English.
    static func dateParts(_ text: String, _ words: any Wording, year: Int) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isNewline }).flatMap { piece -> [String] in
            let part = piece.trimmingCharacters(in: .whitespaces)
            if part.isEmpty { return [] }
            if words.parseDate(part, defaultYear: year) != nil { return [part] }
            return part.split(whereSeparator: \.isWhitespace).map(String.init)
        }
    }
}
