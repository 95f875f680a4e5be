import AgreementKit
import Catalogue

extension AppCore {
    /// The log entry a follow-up leaves on its goal row: what, who, by when, and when it was done.
    func followUpLogEntry(_ item: FollowUpItem, agreedOn date: LocalDate) -> LogEntry {
        var text = words.conversation(.logText(what: item.what, who: item.who, due: item.due.map(words.date)))
        if item.done { text += " – " + words.conversation(.logDone(words.date(session.today))) }
        return LogEntry(id: item.id, date: date, text: text)
    }

    /// Puts a follow-up into the conversation of `date` (new or changed), saves it, and keeps
    /// its log entry on the goal row it concerns — when the log may change now; else says why.
    mutating func put(_ item: FollowUpItem, agreedOn date: LocalDate) -> [Effect] {
        guard var conversation = companions.conversation(on: date) else { return [] }
        let before = conversation.followUps.first { $0.id == item.id }
        if let i = conversation.followUps.firstIndex(where: { $0.id == item.id }) {
            conversation.followUps[i] = item
        } else {
            conversation.followUps.append(item)
        }
        var effects = store(conversation)
        effects += relog(item, was: before, agreedOn: date)
        return effects
    }

    /// Marks a follow-up of the conversation of `date` done or not done.
    mutating func setFollowUp(_ id: ItemID, agreedOn date: LocalDate, done: Bool) -> [Effect] {
        guard var item = companions.conversation(on: date)?.followUps.first(where: { $0.id == id }) else { return [] }
        item.done = done
        let effects = put(item, agreedOn: date)
        say(.saving(words.conversation(.followUpMarked(item.what, done: done))))
        return effects
    }

    /// The follow-up's log entry after a change: written on its row, moved, or taken away when
    /// the row was taken off; nothing when neither the item nor its row has one.
    private mutating func relog(_ item: FollowUpItem, was before: FollowUpItem?, agreedOn date: LocalDate) -> [Effect] {
        guard let agreement, item.goalRowID != nil || before?.goalRowID != nil else { return [] }
        let editability = editability(.logEntry)
        guard editability.isAllowed else {
            if item.goalRowID != nil { status = Status(words.conversation(.notLogged(refusal(editability))), kind: .warning) }
            return []
        }
        let entry = followUpLogEntry(item, agreedOn: date)
        if let row = item.goalRowID {
            let name = agreement.rowReference(row) ?? ""
            return commit({ $0.logFollowUp(entry, onRow: row) }, note: words.conversation(.loggedOn(name)))
        }
        return commit({ _ = $0.delete(.logEntry(item.id)) }, note: words.conversation(.followUpChanged(item.what)))
    }
}
