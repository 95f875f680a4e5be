import AgreementKit
import Catalogue

extension ConversationMinutes {
    private typealias M = MarkdownText

    /// The minutes as Markdown; text escaped as in the Markdown export, line breaks kept.
    public var markdown: String {
        let w = words
        var out = "# " + M.heading(title) + "\n\n" + M.inline(subtitle) + "\n\n"
        out += "## " + M.heading(w.conversation(.minutesLastTime)) + "\n\n"
        out += lastTime.isEmpty ? M.inline(w.conversation(.nothingAgreedBefore)) + "\n" : table(lastTime) + "\n"
        for area in areas {
            out += "\n## " + M.heading(area.title) + "\n\n"
            if area.discussed.isEmpty && area.notes.isBlank && area.followUps.isEmpty {
                out += M.inline(w.conversation(.minutesNoNotes)) + "\n"
                continue
            }
            if !area.discussed.isEmpty {
                out += M.inline(w.conversation(.minutesQuestionsDiscussed)) + ":\n\n" + area.discussed.map { M.item($0) + "\n" }.joined() + "\n"
            }
            if !area.notes.isBlank { out += M.block(area.notes) + "\n\n" }
            if !area.followUps.isEmpty {
                out += M.inline(w.conversation(.followUps)) + ":\n\n" + area.followUps.map { M.item(line($0)) + "\n" }.joined()
            }
        }
        out += "\n## " + M.heading(w.conversation(.minutesFollowUps)) + "\n\n"
        out += followUps.isEmpty ? M.inline(w.conversation(.noFollowUps)) + "\n" : table(followUps) + "\n"
        if !assessment.isEmpty {
            out += "\n## " + M.heading(w.conversation(.minutesAssessment)) + "\n\n" + M.inline(w.conversation(.minutesConfidential)) + "\n\n"
            let header = [w.conversation(.minutesCriterion), w.conversation(.selfAssessment), w.conversation(.commentLabel(selfSide: true)),
                          w.conversation(.contactAssessment), w.conversation(.commentLabel(selfSide: false))].map(M.inline)
            let rows = assessment.map { [M.cell($0.criterion), M.cell(rating($0.selfRating)), M.cell($0.selfComment),
                                         M.cell(rating($0.contactRating)), M.cell($0.contactComment)] }
            out += M.table(header, rows) + "\n"
        }
        return out
    }

    private func table(_ items: [FollowUp]) -> String {
        let w = words
        let header = [ConversationText.minutesWhat, .minutesWho, .minutesDue, .minutesGoal, .minutesStatus].map { M.inline(w.conversation($0)) }
        return M.table(header, items.map { [M.cell($0.what), M.cell($0.who), $0.due, M.cell($0.goal), M.cell($0.status)] })
    }

    /// "what (who, innen 01.10.2011)".
    private func line(_ item: FollowUp) -> String {
        let details = words.conversation(.followUpDetails(who: item.who, due: item.due.isEmpty ? nil : item.due))
        return item.what + (details.isEmpty ? "" : " (\(details))")
    }
}
