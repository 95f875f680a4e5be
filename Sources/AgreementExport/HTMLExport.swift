import AgreementKit
import Catalogue

/// The agreement as one self-contained, well-formed HTML page laid out like the municipal form:
/// no scripts, no external resources, the stylesheet embedded, every field marked with its
/// phase colour and letter. Printed, it is the copy the parties sign (see `HTMLStyle`): the
/// goal tables on landscape pages, a running header, "side N av M" and «Underskrifter» last.
struct HTMLExport {
    let agreement: Agreement
    let isPublic: Bool
    let form: FormText

    typealias H = HTMLText

    init(agreement: Agreement, isPublic: Bool, words: any Wording) {
        self.agreement = agreement
        self.isPublic = isPublic
        form = FormText(words: words)
    }

    var words: any Wording { form.words }
    var year: Int { agreement.header.year }

    func render() -> String {
        """
        <!DOCTYPE html>
        <html lang="\(H.attribute(words.languageTag))">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="lederavtale"/>
        <title>\(H.attribute(form.title(agreement)))</title>
        <style>
        \(HTMLStyle.css)
        \(Self.scorecardCSS)
        @media print {
        \(pageRules())
        }
        </style>
        </head>
        <body>
        \(body())
        </body>
        </html>

        """
    }

    /// The page's content without the document around it: the cover, then sections 1–4 and the record.
    func body() -> String {
        var main = about()
        main += H.element("section", [("class", "part wide page"), ("id", "punkt-2")],
                          goalSection(.common, headings: H.element("h2", H.escape(words.resultGoalsHeading(year: year))))
                              + goalSection(.serviceArea, headings: ""))
        main += H.element("section", [("class", "part wide"), ("id", "punkt-3")], conditions() + goalSection(.own, headings: ""))
        main += personalGoals()
        // The scorecard is the product's, not the form's: after the form's four sections, on the
        // page section 4 starts, so the copy keeps the form's page breaks and its 12 pages.
        main += scorecard()
        main += record()
        main += signatures()
        return cover() + H.element("main", main)
    }

    /// The print copy's page rules: "Trondheim kommune · Hoeggen skole · 2011" and "Lederavtale"
    /// at the top of every page but the first, the page number at the bottom.
    private func pageRules() -> String {
        let h = agreement.header
        let left = [h.municipality, h.unit, String(h.year)].filter { !$0.isEmpty }.joined(separator: " · ")
        return HTMLStyle.pageRules(headerLeft: left, headerRight: form(.documentKind), pageNumber: words.pageNumberParts)
    }

    func tag(_ colour: PhaseColour) -> String { H.tag(colour, title: words.colour(colour)) }

    private func cover() -> String {
        let h = agreement.header
        let subtitle = [h.municipality, h.serviceArea].filter { !$0.isEmpty }.joined(separator: " · ")
        var rows = form.header(agreement).map { label, value in
            H.element("tr", H.element("th", [("scope", "row")], H.escape(label)) + H.element("td", class: "blue", H.escape(value)))
        }
        let phase = agreement.phase.colour.map(tag) ?? ""
        rows.append(H.element("tr", H.element("th", [("scope", "row")], H.escape(form(.phase)))
            + H.element("td", class: "phase-badge", phase + H.escape(words.phase(agreement.phase)))))
        let legend = PhaseColour.allCases.map { colour in
            H.element("li", tag(colour) + H.escape("\(form.colourName(colour)): \(words.legend(colour))"))
        }
        let notice = isPublic
            ? H.element("p", class: "notice public", H.escape(form(.publicNotice)))
            : H.element("p", class: "notice private", H.escape(form(.privateNotice)))
        return H.element("header", H.element("h1", H.escape(form.title(agreement)))
            + H.element("p", class: "subtitle", H.escape(subtitle))
            + notice
            + H.element("table", class: "parties", H.element("tbody", rows.joined()))
            + H.element("ul", class: "legend", legend.joined()))
    }

    private func about() -> String {
        let a = agreement.about
        var html = H.element("h2", H.escape(form(.about)))
        for (title, text) in [(form(.purpose), a.purpose), (form(.parties), a.parties), (form(.values), a.values), (form(.scope), a.scope)] {
            html += H.element("h3", tag(.blue) + H.escape(title)) + field(.blue, nil, H.paragraphs(text))
        }
        html += H.element("h3", tag(.blue) + H.escape(form(.basis)))
            + field(.blue, nil, H.element("p", H.escape(words.assessmentBasisIntro(year: year))) + H.list(a.leaderAssessmentBasis, class: "basis"))
        let columns = form.checklistColumns
        let head = H.element("tr", H.element("th", H.escape(columns[0]))
            + columns.dropFirst().map { H.element("th", class: "green", tag(.green) + H.escape($0)) }.joined())
        let rows = agreement.checklist.map { item in
            H.element("tr", H.element("td", class: "blue", H.escape(item.task, lineBreaks: true))
                + mark(item.status == .done, ChecklistStatus.done.rawValue)
                + mark(item.status == .notDone, ChecklistStatus.notDone.rawValue)
                + H.element("td", class: "green", H.escape(item.comment, lineBreaks: true)))
        }
        html += H.element("h3", tag(.green) + H.escape(words.checklistQuestion(year: year)))
            + H.element("table", class: "checklist", H.element("thead", head) + H.element("tbody", rows.joined()))
        return H.element("section", [("class", "part"), ("id", "punkt-1")], html)
    }

    /// A box of the form with its marker when chosen.
    func mark(_ chosen: Bool, _ value: String) -> String {
        H.element("td", [("class", chosen ? "mark chosen" : "mark"), ("data-value", value)], chosen ? FormText.mark : "")
    }

    /// A field of the form: its colour, an optional label (with the stamp of who wrote it), the content.
    func field(_ colour: PhaseColour, _ label: String?, _ content: String, stamp: Stamp? = nil) -> String {
        var head = ""
        if let label {
            let by = form.stamp(stamp).map { " " + H.element("span", class: "stamp", H.escape($0)) } ?? ""
            head = H.element("p", class: "label", tag(colour) + H.escape(label) + by)
        }
        return H.element("div", class: "field \(colour.rawValue)", head + content)
    }

    private func conditions() -> String {
        H.element("h2", H.escape(words.ownPrioritiesHeading(year: year)))
            + H.element("h3", H.escape(words.conditionsHeading(year: year)))
            + field(.blue, form(.conditionsLeaderLabel), H.paragraphs(agreement.conditions.leaderDescription))
            + field(.green, form(.conditionsContactLabel), H.paragraphs(agreement.conditions.contactComment))
    }

    private func personalGoals() -> String {
        var html = H.element("h2", (isPublic ? "" : tag(.blue)) + H.escape(form(.personalGoals)))
        if isPublic {
            html += H.element("p", class: "exempt", H.escape(form(.exempt)))
        } else if agreement.personalGoals.isEmpty {
            html += field(.blue, nil, H.element("p", H.escape(form(.noPersonalGoals))))
        } else {
            html += field(.blue, nil, H.list(agreement.personalGoals.map(\.text), class: "personal-goals"))
        }
        return H.element("section", [("class", "part page"), ("id", "punkt-4")], html)
    }

    /// Amendments, signatures, meetings and improvement plans, each only when there are any.
    private func record() -> String {
        var html = ""
        let tables = [
            ("endringer", form(.amendments), form.amendmentColumns, form.amendmentRows(agreement)),
            ("role-changes", form.words.handover(.recordTitle), form.roleChangeColumns, form.roleChangeRows(agreement)),
            ("signaturer", form(.signOffs), form.signOffColumns, form.signOffRows(agreement)),
            ("samtaler", form(.reviews), form.reviewColumns, form.reviewRows(agreement)),
        ]
        for (id, title, columns, rows) in tables where !rows.isEmpty {
            let head = H.element("tr", columns.map { H.element("th", H.escape($0)) }.joined())
            let body = rows.map { H.element("tr", $0.map { H.element("td", H.escape($0, lineBreaks: true)) }.joined()) }.joined()
            html += H.element("section", [("class", "part"), ("id", id)],
                              H.element("h2", H.escape(title)) + H.element("table", class: "record", H.element("thead", head) + H.element("tbody", body)))
        }
        if !agreement.improvementPlans.isEmpty {
            let plans = agreement.improvementPlans.map { plan in
                H.element("h3", tag(.green) + H.escape(form.planHeading(plan, in: agreement)))
                    + field(.green, nil, H.paragraphs(plan.actions) + form.planLines(plan).map { H.element("p", H.escape($0)) }.joined())
            }
            html += H.element("section", [("class", "part"), ("id", "forbedringsplaner")], H.element("h2", H.escape(form(.improvementPlans))) + plans.joined())
        }
        return html
    }
}
