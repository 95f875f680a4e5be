import AgreementKit
import Catalogue

extension ConversationState {
    public mutating func perform(_ action: Action, core: inout AppCore) -> Outcome {
        guard case .conversation(let command) = action, let conversation = conversation(core) else { return .none }
        switch command {
        case .next, .previous:
            let target = Self.step(from: step, by: command == .next ? 1 : -1, conversation, core)
            guard target != step else { return .none }
            step = target
            cursor = 0
            return .effects(remember(&core))
        case .up:
            cursor = max(0, cursor - 1)
        case .down:
            cursor = min(cursor + 1, max(0, itemCount(core) - 1))
        case .mark:
            return .effects(mark(conversation, &core))
        case .notes:
            guard case .area(let id) = step, core.mayWriteCalendar() else { return .none }
            return .push(FormState(.conversationNotes(date: date, area: id), core: core))
        case .followUp:
            guard case .area(let id) = step, core.mayWriteCalendar() else { return .none }
            return .push(FormState(.followUp(date: date, area: id, item: nil), core: core))
        case .edit:
            return edit(conversation, &core)
        case .minutes:
            return .push(FormState(.conversationMinutes(date: date), core: core))
        case .leave:
            core.status = Status(core.words.conversation(backToOverview ? .leftToOverview : .left))
            return backToOverview ? Outcome(navigation: [.pop, .closeAgreement]) : .pop
        }
        return .none
    }

    /// The step reached is kept in the record, so the conversation resumes there; the minutes
    /// mark it as brought to its end.
    private func remember(_ core: inout AppCore) -> [Effect] {
        guard var conversation = conversation(core), !core.session.isReadOnly else { return [] }
        conversation.step = step
        if step == .minutes { conversation.finished = true }
        return core.store(conversation, stepOnly: true)
    }

    /// `Space`: a question discussed (or not), a follow-up done (or not).
    private func mark(_ conversation: Conversation, _ core: inout AppCore) -> [Effect] {
        switch step {
        case .area(let id):
            guard let area = area(core), core.mayWriteCalendar() else { return [] }
            if cursor < area.questions.count {
                var changed = conversation
                let question = area.questions[cursor].id
                changed.updateNotes(for: id) { $0.toggle(question) }
                core.status = Status(core.words.conversation(.questionDiscussed(changed.notes(for: id).discussed.contains(question))))
                return core.store(changed)
            }
            let items = conversation.followUps(in: id)
            let i = cursor - area.questions.count
            guard items.indices.contains(i) else { return [] }
            return core.setFollowUp(items[i].id, agreedOn: date, done: !items[i].done)
        case .lastTime:
            let earlier = earlierFollowUps(core)
            guard earlier.indices.contains(cursor), core.mayWriteCalendar() else { return [] }
            let (agreedOn, item) = earlier[cursor]
            return core.setFollowUp(item.id, agreedOn: agreedOn, done: !item.done)
        case .leaderAssessment, .minutes:
            core.status = Status(core.words.conversation(.nothingToMarkHere), kind: .warning)
            return []
        }
    }

    /// `Enter`: the follow-up under the cursor (or the area's notes on a question), a criterion.
    private func edit(_ conversation: Conversation, _ core: inout AppCore) -> Outcome {
        guard core.mayWriteCalendar() else { return .none }
        switch step {
        case .area(let id):
            let questions = area(core)?.questions.count ?? 0
            let items = conversation.followUps(in: id)
            if cursor >= questions, items.indices.contains(cursor - questions) {
                return .push(FormState(.followUp(date: date, area: id, item: items[cursor - questions].id), core: core))
            }
            return .push(FormState(.conversationNotes(date: date, area: id), core: core))
        case .lastTime:
            let earlier = earlierFollowUps(core)
            guard earlier.indices.contains(cursor) else { return .none }
            let (agreedOn, item) = earlier[cursor]
            return .push(FormState(.followUp(date: agreedOn, area: item.areaID, item: item.id), core: core))
        case .leaderAssessment:
            let sheet = core.agreement?.leaderAssessmentSheet ?? []
            guard sheet.indices.contains(cursor) else { return .none }
            return .push(FormState(.criterionAssessment(sheet[cursor].criterion), core: core))
        case .minutes:
            return .none
        }
    }
}
