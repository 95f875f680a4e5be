import AgreementKit

/// The agreement as one self-contained, well-formed HTML page laid out like the municipal form:
/// no scripts, no external resources, the stylesheet embedded, every field marked with its
/// phase colour and letter, a page per goal area when printed.
struct HTMLExport {
    let agreement: Agreement
    let isPublic: Bool

    private typealias H = HTMLText

    func render() -> String {
        var body = header()
        var main = about()
        var pending = [H.element("h2", H.escape(FormText.resultGoals(agreement)))]
        for section in [GoalSection.common, .serviceArea] {
            main += goalSection(section, headings: pending)
            pending = []
        }
        main += H.element("section", [("class", "part page"), ("id", "punkt-3")], conditions())
        main += goalSection(.own, headings: [])
        main += personalGoals()
        main += record()
        body += H.element("main", main)
        return """
        <!DOCTYPE html>
        <html lang="nb">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="lederavtale"/>
        <title>\(H.escape(FormText.title(agreement)))</title>
        <style>
        \(HTMLStyle.css)
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    private func header() -> String {
        let h = agreement.header
        let subtitle = [h.municipality, h.serviceArea].filter { !$0.isEmpty }.joined(separator: " · ")
        var rows = FormText.header(agreement).map { label, value in
            H.element("tr", H.element("th", [("scope", "row")], H.escape(label)) + H.element("td", class: "blue", H.escape(value)))
        }
        let phase = agreement.phase.colour.map { H.tag($0) } ?? ""
        rows.append(H.element("tr", H.element("th", [("scope", "row")], FormText.phaseLabel)
            + H.element("td", class: "phase-badge", phase + H.escape(agreement.phase.title))))
        let legend = FormText.legend.map { colour, meaning in
            H.element("li", H.tag(colour) + H.escape("\(colour.title.prefix(1).uppercased())\(colour.title.dropFirst()): \(meaning)"))
        }
        let notice = isPublic
            ? H.element("p", class: "notice public", H.escape(FormText.publicNotice))
            : H.element("p", class: "notice private", H.escape(FormText.privateNotice))
        return H.element("header", H.element("h1", H.escape(FormText.title(agreement)))
            + H.element("p", class: "subtitle", H.escape(subtitle))
            + notice
            + H.element("table", class: "parties", H.element("tbody", rows.joined()))
            + H.element("ul", class: "legend", legend.joined()))
    }

    private func about() -> String {
        let a = agreement.about
        var html = H.element("h2", H.escape(FormText.about))
        for (title, text) in [(FormText.purpose, a.purpose), (FormText.parties, a.parties), (FormText.values, a.values), (FormText.scope, a.scope)] {
            html += H.element("h3", H.tag(.blue) + H.escape(title)) + field(.blue, nil, H.paragraphs(text))
        }
        html += H.element("h3", H.tag(.blue) + H.escape(FormText.basis))
            + field(.blue, nil, H.element("p", H.escape(FormText.basisIntro(agreement))) + H.list(a.leaderAssessmentBasis, class: "basis"))
        let head = H.element("tr", H.element("th", H.escape(FormText.checklistColumns[0]))
            + FormText.checklistColumns.dropFirst().map { H.element("th", class: "green", H.tag(.green) + H.escape($0)) }.joined())
        let rows = agreement.checklist.map { item in
            H.element("tr", H.element("td", class: "blue", H.escape(item.task, lineBreaks: true))
                + mark(item.status == .done, ChecklistStatus.done.rawValue)
                + mark(item.status == .notDone, ChecklistStatus.notDone.rawValue)
                + H.element("td", class: "green", H.escape(item.comment, lineBreaks: true)))
        }
        html += H.element("h3", H.tag(.green) + H.escape(FormText.checklistQuestion(agreement)))
            + H.element("table", class: "checklist", H.element("thead", head) + H.element("tbody", rows.joined()))
        return H.element("section", [("class", "part"), ("id", "punkt-1")], html)
    }

    /// A section's goal areas, each its own printed page; the headings go into the first page.
    private func goalSection(_ section: GoalSection, headings: [String]) -> String {
        let heading = headings.joined() + H.element("h3", H.escape(FormText.section(section)))
        let areas = agreement.goalAreas(in: section)
        if areas.isEmpty {
            return H.element("section", class: "part page", heading + H.element("p", "Ingen målområder."))
        }
        return areas.enumerated().map { index, area in
            goalArea(area, before: index == 0 ? heading : "")
        }.joined()
    }

    private func goalArea(_ area: GoalArea, before: String) -> String {
        let columns = FormText.goalColumns(area, unit: agreement.header.unit)
        let head = H.element("tr", columns.map { H.element("th", [("class", $0.1.rawValue), ("scope", "col")], H.tag($0.1) + H.escape($0.0)) }.joined())
        let rows = area.rows.map { row in
            H.element("tr", [("data-row", row.id.rawValue)],
                      H.element("td", class: "blue", H.escape(row.resultGoal, lineBreaks: true))
                + H.element("td", class: "blue", FormText.targetLines(row).map { H.element("p", H.escape($0, lineBreaks: true)) }.joined())
                + H.element("td", class: "blue", H.list(row.measures.map(\.text), class: "measures"))
                + H.element("td", class: "blue", H.list(row.support.map(\.text), class: "support"))
                + H.element("td", class: "orange", log(row)))
        }
        var html = before + H.element("h4", H.escape(area.label))
            + H.element("table", class: "goals", H.element("thead", head) + H.element("tbody", rows.joined()))
        if !area.midYearNote.isEmpty {
            html += field(.orange, FormText.midYearLabel, H.paragraphs(area.midYearNote))
        }
        let a = area.assessment
        let ratingHead = H.element("tr", H.element("th", H.escape(FormText.judgement))
            + Rating.allCases.map { H.element("th", class: "green", H.escape($0.title)) }.joined())
        let ratingRows = [("measures", FormText.measuresQuestion, a.measuresRating), ("attainment", FormText.attainmentQuestion, a.attainmentRating)]
            .map { key, question, rating in
                H.element("tr", [("data-question", key)], H.element("th", [("scope", "row")], H.escape(question))
                    + Rating.allCases.map { mark($0 == rating, $0.rawValue) }.joined())
            }
        html += H.element("p", class: "assessment-heading", H.tag(.green) + H.escape(FormText.assessmentHeading(area)))
            + H.element("table", class: "assessment", H.element("thead", ratingHead) + H.element("tbody", ratingRows.joined()))
            + field(.green, FormText.leaderCommentLabel, H.paragraphs(a.leaderComment), stamp: a.leaderComment.isEmpty ? nil : a.leaderCommentStamp)
            + field(.green, FormText.contactCommentLabel, H.paragraphs(a.contactComment), stamp: a.contactComment.isEmpty ? nil : a.contactCommentStamp)
        return H.element("section", [("class", "goal-area page"), ("data-section", area.section.number), ("data-area", area.id.rawValue)], html)
    }

    private func log(_ row: GoalRow) -> String {
        let items = FormText.sortedLog(row.log).map { entry in
            var item = H.element("span", class: "date", entry.date.display) + " " + H.escape(entry.text, lineBreaks: true)
            if let measure = FormText.measureText(entry, in: row) {
                item += " " + H.element("span", class: "linked", H.escape("(tiltak: \(measure))", lineBreaks: true))
            }
            return H.element("li", item)
        }
        return items.isEmpty ? "" : H.element("ul", class: "log", items.joined())
    }

    private func mark(_ chosen: Bool, _ value: String) -> String {
        H.element("td", [("class", chosen ? "mark chosen" : "mark"), ("data-value", value)], chosen ? FormText.mark : "")
    }

    private func field(_ colour: PhaseColour, _ label: String?, _ content: String, stamp: Stamp? = nil) -> String {
        var head = ""
        if let label {
            let by = FormText.stamp(stamp).map { " " + H.element("span", class: "stamp", H.escape($0)) } ?? ""
            head = H.element("p", class: "label", H.tag(colour) + H.escape(label) + by)
        }
        return H.element("div", class: "field \(colour.rawValue)", head + content)
    }

    private func conditions() -> String {
        H.element("h2", H.escape(FormText.ownPriorities(agreement)))
            + H.element("h3", H.escape(FormText.conditions(agreement)))
            + field(.blue, FormText.conditionsLeaderLabel, H.paragraphs(agreement.conditions.leaderDescription))
            + field(.green, FormText.conditionsContactLabel, H.paragraphs(agreement.conditions.contactComment))
    }

    private func personalGoals() -> String {
        var html = H.element("h2", (isPublic ? "" : H.tag(.blue)) + H.escape(FormText.personalGoals))
        if isPublic {
            html += H.element("p", class: "exempt", H.escape(FormText.exempt))
        } else if agreement.personalGoals.isEmpty {
            html += field(.blue, nil, H.element("p", H.escape(FormText.noPersonalGoals)))
        } else {
            html += field(.blue, nil, H.list(agreement.personalGoals.map(\.text), class: "personal-goals"))
        }
        return H.element("section", [("class", "part page"), ("id", "punkt-4")], html)
    }

    /// Amendments, signatures, meetings and improvement plans, each only when there are any.
    private func record() -> String {
        var html = ""
        let tables = [
            ("endringer", FormText.amendments, FormText.amendmentColumns, FormText.amendmentRows(agreement)),
            ("signaturer", FormText.signOffs, FormText.signOffColumns, FormText.signOffRows(agreement)),
            ("samtaler", FormText.reviews, FormText.reviewColumns, FormText.reviewRows(agreement)),
        ]
        for (id, title, columns, rows) in tables where !rows.isEmpty {
            let head = H.element("tr", columns.map { H.element("th", H.escape($0)) }.joined())
            let body = rows.map { H.element("tr", $0.map { H.element("td", H.escape($0, lineBreaks: true)) }.joined()) }.joined()
            html += H.element("section", [("class", "part"), ("id", id)],
                              H.element("h2", H.escape(title)) + H.element("table", class: "record", H.element("thead", head) + H.element("tbody", body)))
        }
        if !agreement.improvementPlans.isEmpty {
            let plans = agreement.improvementPlans.map { plan in
                H.element("h3", H.tag(.green) + H.escape(FormText.planHeading(plan, in: agreement)))
                    + field(.green, nil, H.paragraphs(plan.actions) + FormText.planLines(plan).map { H.element("p", H.escape($0)) }.joined())
            }
            html += H.element("section", [("class", "part"), ("id", "forbedringsplaner")], H.element("h2", H.escape(FormText.improvementPlans)) + plans.joined())
        }
        return html
    }
}
