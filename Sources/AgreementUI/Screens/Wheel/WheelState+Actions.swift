import AgreementKit
import Catalogue

extension WheelState {
    /// `Enter`: goes to what the entry concerns — the phase dialog, meeting mode, the goal row
    /// (by the indicator it carries), the leader conversation.
    func open(_ entry: DeadlineEntry, _ core: inout AppCore) -> Outcome {
        guard let agreement = core.agreement else { return .none }
        let w = core.words
        switch entry.target {
        case .phase?:
            return .push(PhaseState())
        case .meeting(let kind)?:
            let fits = kind == .midYear ? agreement.phase == .followUp : agreement.phase == .assessment
            guard fits else {
                core.status = Status(w.wheel(.meetingNotNow(kind, agreement.phase)), kind: .warning)
                return .none
            }
            return .push(MeetingState(agreement))
        case .indicator(let name)?:
            let wanted = SearchIndex.fold(name)
            let row = agreement.allRows.first { !$0.indicator.isEmpty && (SearchIndex.fold($0.indicator).contains(wanted) || wanted.contains(SearchIndex.fold($0.indicator))) }
            guard let row else {
                core.status = Status(w.wheel(.noRowWithIndicator(name)), kind: .warning)
                return .none
            }
            return Outcome(navigation: [.popToMain], reveal: .item(.row(row.id)))
        case .goalRow(let id)?:
            return Outcome(navigation: [.popToMain], reveal: .item(.row(id)))
        case .conversation(let date)?:
            guard let conversation = core.companions.conversation(on: date) else {
                core.status = Status(w.wheel(.conversationGone(w.date(date))), kind: .warning)
                return .none
            }
            return .push(ConversationState(conversation, core: core))
        case nil:
            return .none
        }
    }

    /// `Space`: marks the unit's own wheel event or a follow-up done, or takes the mark back.
    /// Phase deadlines and meetings are done when the agreement gets there.
    func mark(_ entry: DeadlineEntry, _ core: inout AppCore) -> [Effect] {
        let w = core.words
        let title = w.deadlineTitle(entry.source, inSentence: false)
        switch entry.source {
        case .phase, .meeting:
            core.status = Status(w.wheel(.doneByTheYear(title)), kind: .warning)
            return []
        case .followUp(let item, let date):
            guard core.mayWriteCalendar() else { return [] }
            return core.setFollowUp(item.id, agreedOn: date, done: !item.done)
        case .wheel:
            guard entry.status != .information, !entry.concernsProgress, let key = entry.wheelKey else {
                core.status = Status(entry.concernsProgress ? w.wheel(.doneByTheYear(title)) : w.wheel(.onlyOwnEventsMark), kind: .warning)
                return []
            }
            guard core.mayWriteCalendar() else { return [] }
            let done = entry.status != .done
            return core.commit({ schedule in
                if done { schedule.schedule.doneEvents.insert(key) } else { schedule.schedule.doneEvents.remove(key) }
            }, note: w.wheel(done ? .markedDone(title) : .markedOpen(title)))
        }
    }
}
