import AgreementKit
import Catalogue

extension ConversationMinutes {
    private typealias H = HTMLText

    /// The minutes as one self-contained, well-formed HTML page: no scripts, nothing fetched.
    public var html: String {
        let w = words
        var body = H.element("h1", H.escape(title)) + H.element("p", class: "sub", H.escape(subtitle))
        body += H.element("h2", H.escape(w.conversation(.minutesLastTime)))
        body += lastTime.isEmpty ? H.element("p", H.escape(w.conversation(.nothingAgreedBefore))) : table(lastTime)
        for area in areas {
            var section = H.element("h2", H.escape(area.title))
            if area.discussed.isEmpty && area.notes.isBlank && area.followUps.isEmpty {
                section += H.element("p", class: "empty", H.escape(w.conversation(.minutesNoNotes)))
            } else {
                if !area.discussed.isEmpty {
                    section += H.element("h3", H.escape(w.conversation(.minutesQuestionsDiscussed))) + H.list(area.discussed, class: "discussed")
                }
                if !area.notes.isBlank { section += H.paragraphs(area.notes, class: "notes") }
                if !area.followUps.isEmpty { section += H.element("h3", H.escape(w.conversation(.followUps))) + table(area.followUps) }
            }
            body += H.element("section", class: "area", section)
        }
        body += H.element("h2", H.escape(w.conversation(.minutesFollowUps)))
        body += followUps.isEmpty ? H.element("p", H.escape(w.conversation(.noFollowUps))) : table(followUps)
        if !assessment.isEmpty {
            let header = [w.conversation(.minutesCriterion), w.conversation(.selfAssessment), w.conversation(.commentLabel(selfSide: true)),
                          w.conversation(.contactAssessment), w.conversation(.commentLabel(selfSide: false))]
            let rows = assessment.map { [$0.criterion, rating($0.selfRating), $0.selfComment, rating($0.contactRating), $0.contactComment] }
            body += H.element("section", class: "confidential",
                              H.element("h2", H.escape(w.conversation(.minutesAssessment))) + H.element("p", H.escape(w.conversation(.minutesConfidential)))
                                  + grid(header, rows))
        }
        return """
        <!DOCTYPE html>
        <html lang="\(H.attribute(w.languageTag))">
        <head>
        <meta charset="utf-8"/>
        <meta name="generator" content="lederavtale"/>
        <title>\(H.escape(title))</title>
        <style>
        body { font-family: "Liberation Sans", Arial, sans-serif; max-width: 60rem; margin: 2rem auto; line-height: 1.4; }
        table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
        th, td { border: 1px solid #999; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
        .sub, .empty { color: #555; }
        .confidential { border-left: 4px solid #b00; padding-left: 1rem; }
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    private func table(_ items: [FollowUp]) -> String {
        let header = [ConversationText.minutesWhat, .minutesWho, .minutesDue, .minutesGoal, .minutesStatus].map { words.conversation($0) }
        return grid(header, items.map { [$0.what, $0.who, $0.due, $0.goal, $0.status] })
    }

    private func grid(_ header: [String], _ rows: [[String]]) -> String {
        let head = H.element("thead", H.element("tr", header.map { H.element("th", H.escape($0)) }.joined()))
        let body = H.element("tbody", rows.map { row in H.element("tr", row.map { H.element("td", H.escape($0, lineBreaks: true)) }.joined()) }.joined())
        return H.element("table", head + body)
    }
}
