import AgreementKit
import Catalogue

/// The agreement as Markdown laid out like the municipal form: header, sections 1–4, the
/// goal-area tables with their result assessments, then amendments, signatures, meetings
/// and improvement plans. With `isPublic`, section 4 is only the sentence that it is exempt.
struct MarkdownExport {
    let agreement: Agreement
    let isPublic: Bool
    let form: FormText

    init(agreement: Agreement, isPublic: Bool, words: any Wording) {
        self.agreement = agreement
        self.isPublic = isPublic
        form = FormText(words: words)
    }

    func render() -> String {
        var parts: [String] = []
        parts += header()
        parts += aboutSection()
        parts += ["## " + MarkdownText.heading(form.words.resultGoalsHeading(year: agreement.header.year))]
        for section in [GoalSection.common, .serviceArea] { parts += goalSection(section) }
        parts += ["## " + MarkdownText.heading(form.words.ownPrioritiesHeading(year: agreement.header.year))]
        parts += conditions()
        parts += goalSection(.own)
        parts += scorecard()
        parts += personalGoals()
        parts += record()
        return parts.joined(separator: "\n\n") + "\n"
    }

    private typealias M = MarkdownText

    private func header() -> [String] {
        let phase = form.words.phase(agreement.phase) + (agreement.phase.colour.map { " " + M.tag($0) } ?? "")
        let rows = form.header(agreement).map { [M.cell($0.0), M.cell($0.1)] } + [[form(.phase), phase]]
        let legend = PhaseColour.allCases.map { "\(M.tag($0)) \(form.words.colour($0)) = \(form.words.legend($0))" }.joined(separator: "; ")
        return [
            "# " + M.heading(form.title(agreement)),
            "> " + form(isPublic ? .publicNotice : .privateNotice),
            M.table([form(.agreementColumn), ""], rows),
            form(.legendLead) + ": " + legend + ".",
        ]
    }

    private func aboutSection() -> [String] {
        let about = agreement.about
        var parts = ["## " + form(.about)]
        for (title, text) in [(form(.purpose), about.purpose), (form(.parties), about.parties),
                              (form(.values), about.values), (form(.scope), about.scope)] {
            parts += ["### \(title) \(M.tag(.blue))", value(text)]
        }
        parts += ["### \(form(.basis)) \(M.tag(.blue))", M.inline(form.words.assessmentBasisIntro(year: agreement.header.year))]
        if !about.leaderAssessmentBasis.isEmpty {
            parts.append(about.leaderAssessmentBasis.map(M.item).joined(separator: "\n"))
        }
        let rows = agreement.checklist.map { item in
            [M.cell(item.task), item.status == .done ? FormText.mark : "", item.status == .notDone ? FormText.mark : "", M.cell(item.comment)]
        }
        parts += [
            "### " + M.heading(form.words.checklistQuestion(year: agreement.header.year)) + " " + M.tag(.green),
            M.table(form.checklistColumns, rows, align: ["---", ":-:", ":-:", "---"]),
        ]
        return parts
    }

    private func goalSection(_ section: GoalSection) -> [String] {
        var parts = ["### " + form.section(section)]
        let areas = agreement.goalAreas(in: section)
        if areas.isEmpty { parts.append(form(.noGoalAreas)) }
        for area in areas { parts += goalArea(area) }
        return parts
    }

    private func goalArea(_ area: GoalArea) -> [String] {
        let columns = form.goalColumns(area, unit: agreement.header.unit).map { "\(M.heading($0.0)) \(M.tag($0.1))" }
        let rows = area.rows.map { row in
            [
                M.cell(row.resultGoal),
                M.cell(form.targetLines(row)),
                M.cell(form.words.measureLines(row.measures)),
                M.cell(form.words.supportLines(row.support)),
                M.cell(form.logLines(row)),
            ]
        }
        var parts = ["#### " + M.heading(area.label), M.table(columns, rows)]
        if !area.midYearNote.isEmpty {
            parts += ["**\(form(.midYearLabel))** \(M.tag(.orange))", M.block(area.midYearNote)]
        }
        let a = area.assessment
        parts += [
            "**\(M.heading(form.assessmentHeading(area)))** \(M.tag(.green))",
            M.table([form(.judgement)] + Rating.allCases.map(form.words.rating),
                    [[form(.measuresQuestion)] + marks(a.measuresRating), [form(.attainmentQuestion)] + marks(a.attainmentRating)],
                    align: ["---", ":-:", ":-:", ":-:"]),
            comment(form(.leaderCommentLabel), a.leaderComment, a.leaderCommentStamp),
            value(a.leaderComment),
            comment(form(.contactCommentLabel), a.contactComment, a.contactCommentStamp),
            value(a.contactComment),
        ]
        return parts
    }

    private func marks(_ rating: Rating?) -> [String] {
        Rating.allCases.map { $0 == rating ? FormText.mark : "" }
    }

    private func comment(_ label: String, _ text: String, _ stamp: Stamp?) -> String {
        let by = text.isEmpty ? nil : form.stamp(stamp)
        return "**\(label)** \(M.tag(.green))" + (by.map { " " + M.inline($0) } ?? "")
    }

    private func conditions() -> [String] {
        [
            "### " + M.heading(form.words.conditionsHeading(year: agreement.header.year)),
            "**\(form(.conditionsLeaderLabel))** \(M.tag(.blue))", value(agreement.conditions.leaderDescription),
            "**\(form(.conditionsContactLabel))** \(M.tag(.green))", value(agreement.conditions.contactComment),
        ]
    }

    private func personalGoals() -> [String] {
        if isPublic { return ["## " + form(.personalGoals), form(.exempt)] }
        var parts = ["## \(form(.personalGoals)) \(M.tag(.blue))"]
        if agreement.personalGoals.isEmpty {
            parts.append(form(.noPersonalGoals))
        } else {
            parts.append(agreement.personalGoals.map { M.item($0.text) }.joined(separator: "\n"))
        }
        return parts
    }

    /// Amendments, signatures, meetings and improvement plans, each only when there are any.
    private func record() -> [String] {
        var parts: [String] = []
        let tables = [
            (form(.amendments), form.amendmentColumns, form.amendmentRows(agreement)),
            (form.words.handover(.recordTitle), form.roleChangeColumns, form.roleChangeRows(agreement)),
            (form(.signOffs), form.signOffColumns, form.signOffRows(agreement)),
            (form(.reviews), form.reviewColumns, form.reviewRows(agreement)),
        ]
        for (title, columns, rows) in tables where !rows.isEmpty {
            parts += ["## " + title, M.table(columns, rows.map { $0.map(M.cell) })]
        }
        if !agreement.improvementPlans.isEmpty {
            parts.append("## " + form(.improvementPlans))
            for plan in agreement.improvementPlans {
                parts += ["### " + M.heading(form.planHeading(plan, in: agreement)), value(plan.actions)]
                parts += form.planLines(plan)
            }
        }
        return parts
    }

    /// A field's text as a block, or a dash when it is empty.
    private func value(_ text: String) -> String {
        let block = M.block(text)
        return block.isEmpty ? "–" : block
    }
}
