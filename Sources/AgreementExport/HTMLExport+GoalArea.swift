import AgreementKit

/// The goal areas of sections 2 and 3: each a table like the form's (result goal, the unit's
/// target, measures, support, log) followed by its result assessment, kept together in print.
extension HTMLExport {
    /// A section's goal areas; the headings go into the first one so they are printed with it.
    func goalSection(_ section: GoalSection, headings: String) -> String {
        let heading = headings + H.element("h3", H.escape(form.section(section)))
        let areas = agreement.goalAreas(in: section)
        if areas.isEmpty {
            return H.element("div", class: "goal-section empty", heading + H.element("p", H.escape(form(.noGoalAreas))))
        }
        return areas.enumerated().map { index, area in
            goalArea(area, before: index == 0 ? heading : "")
        }.joined()
    }

    private func goalArea(_ area: GoalArea, before: String) -> String {
        let columns = form.goalColumns(area, unit: agreement.header.unit)
        let head = H.element("tr", columns.map { H.element("th", [("class", $0.1.rawValue), ("scope", "col")], tag($0.1) + H.escape($0.0)) }.joined())
        let rows = area.rows.map { row in
            H.element("tr", [("data-row", row.id.rawValue)],
                      H.element("td", class: "blue", H.escape(row.resultGoal, lineBreaks: true))
                + H.element("td", class: "blue", form.targetLines(row).map { H.element("p", H.escape($0, lineBreaks: true)) }.joined())
                + H.element("td", class: "blue", H.entries(row.measures.map { (entryText($0.text, $0.kind), $0.kind, $0.done != nil) }, class: "measures"))
                + H.element("td", class: "blue", H.entries(row.support.map { (entryText($0.text, $0.kind), $0.kind, false) }, class: "support"))
                + H.element("td", class: "orange", log(row)))
        }
        var html = before + H.element("h4", H.escape(area.label))
            + H.element("table", class: "goals", H.element("thead", head) + H.element("tbody", rows.joined()))
        if !area.midYearNote.isEmpty {
            html += field(.orange, form(.midYearLabel), H.paragraphs(area.midYearNote))
        }
        html += assessment(area)
        let kept = PrintEstimate.fitsOnAPage(area, form: form) ? "goal-area" : "goal-area long"
        return H.element("section", [("class", kept), ("data-section", area.section.number), ("data-area", area.id.rawValue)], html)
    }

    /// An entry's text: an indicator with its label.
    private func entryText(_ text: String, _ kind: ListEntryKind?) -> String {
        kind == .indicator ? form.words.indicator(text) : text
    }

    /// The result assessment: all three options for both questions with the chosen one marked,
    /// and the two comments beside them.
    private func assessment(_ area: GoalArea) -> String {
        let a = area.assessment
        let ratingHead = H.element("tr", H.element("th", H.escape(form(.judgement)))
            + Rating.allCases.map { H.element("th", class: "green", H.escape(words.rating($0))) }.joined())
        let ratingRows = [("measures", form(.measuresQuestion), a.measuresRating), ("attainment", form(.attainmentQuestion), a.attainmentRating)]
            .map { key, question, rating in
                H.element("tr", [("data-question", key)], H.element("th", [("scope", "row")], H.escape(question))
                    + Rating.allCases.map { mark($0 == rating, $0.rawValue) }.joined())
            }
        let table = H.element("table", class: "assessment", H.element("thead", ratingHead) + H.element("tbody", ratingRows.joined()))
        let comments = field(.green, form(.leaderCommentLabel), H.paragraphs(a.leaderComment),
                             stamp: a.leaderComment.isEmpty ? nil : a.leaderCommentStamp)
            + field(.green, form(.contactCommentLabel), H.paragraphs(a.contactComment),
                    stamp: a.contactComment.isEmpty ? nil : a.contactCommentStamp)
        return H.element("div", class: "assessment-block",
                         H.element("p", class: "assessment-heading", tag(.green) + H.escape(form.assessmentHeading(area)))
                             + H.element("div", class: "assessment-body", table + H.element("div", class: "comments", comments)))
    }

    private func log(_ row: GoalRow) -> String {
        let items = FormText.sortedLog(row.log).map { entry in
            var item = H.element("span", class: "date", form.words.date(entry.date)) + " " + H.escape(entry.text, lineBreaks: true)
            if let measure = FormText.measureText(entry, in: row) {
                item += " " + H.element("span", class: "linked", H.escape(words.linkedMeasure(measure), lineBreaks: true))
            }
            return H.element("li", item)
        }
        return items.isEmpty ? "" : H.element("ul", class: "log", items.joined())
    }
}
