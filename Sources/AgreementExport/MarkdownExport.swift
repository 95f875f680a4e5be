import AgreementKit

/// The agreement as Markdown laid out like the municipal form: header, sections 1–4, the
/// goal-area tables with their result assessments, then amendments, signatures, meetings
/// and improvement plans. With `isPublic`, section 4 is only the sentence that it is exempt.
struct MarkdownExport {
    let agreement: Agreement
    let isPublic: Bool

    func render() -> String {
        var parts: [String] = []
        parts += header()
        parts += aboutSection()
        parts += ["## " + MarkdownText.heading(FormText.resultGoals(agreement))]
        for section in [GoalSection.common, .serviceArea] { parts += goalSection(section) }
        parts += ["## " + MarkdownText.heading(FormText.ownPriorities(agreement))]
        parts += conditions()
        parts += goalSection(.own)
        parts += personalGoals()
        parts += record()
        return parts.joined(separator: "\n\n") + "\n"
    }

    private typealias M = MarkdownText

    private func header() -> [String] {
        let phase = agreement.phase.title + (agreement.phase.colour.map { " " + M.tag($0) } ?? "")
        let rows = FormText.header(agreement).map { [M.cell($0.0), M.cell($0.1)] } + [[FormText.phaseLabel, phase]]
        let legend = FormText.legend.map { "\(M.tag($0.0)) \($0.0.title) = \($0.1)" }.joined(separator: "; ")
        return [
            "# " + M.heading(FormText.title(agreement)),
            "> " + (isPublic ? FormText.publicNotice : FormText.privateNotice),
            M.table(["Avtalen", ""], rows),
            "Fargekoder: " + legend + ".",
        ]
    }

    private func aboutSection() -> [String] {
        let about = agreement.about
        var parts = ["## " + FormText.about]
        for (title, text) in [(FormText.purpose, about.purpose), (FormText.parties, about.parties),
                              (FormText.values, about.values), (FormText.scope, about.scope)] {
            parts += ["### \(title) \(M.tag(.blue))", value(text)]
        }
        parts += ["### \(FormText.basis) \(M.tag(.blue))", M.inline(FormText.basisIntro(agreement))]
        if !about.leaderAssessmentBasis.isEmpty {
            parts.append(about.leaderAssessmentBasis.map(M.item).joined(separator: "\n"))
        }
        let rows = agreement.checklist.map { item in
            [M.cell(item.task), item.status == .done ? FormText.mark : "", item.status == .notDone ? FormText.mark : "", M.cell(item.comment)]
        }
        parts += [
            "### " + M.heading(FormText.checklistQuestion(agreement)) + " " + M.tag(.green),
            M.table(FormText.checklistColumns, rows, align: ["---", ":-:", ":-:", "---"]),
        ]
        return parts
    }

    private func goalSection(_ section: GoalSection) -> [String] {
        var parts = ["### " + FormText.section(section)]
        let areas = agreement.goalAreas(in: section)
        if areas.isEmpty { parts.append("Ingen målområder.") }
        for area in areas { parts += goalArea(area) }
        return parts
    }

    private func goalArea(_ area: GoalArea) -> [String] {
        let columns = FormText.goalColumns(area, unit: agreement.header.unit).map { "\(M.heading($0.0)) \(M.tag($0.1))" }
        let rows = area.rows.map { row in
            [
                M.cell(row.resultGoal),
                M.cell(FormText.targetLines(row)),
                M.cell(row.measures.map { "• " + $0.text }),
                M.cell(row.support.map { "• " + $0.text }),
                M.cell(FormText.logLines(row)),
            ]
        }
        var parts = ["#### " + M.heading(area.label), M.table(columns, rows)]
        if !area.midYearNote.isEmpty {
            parts += ["**\(FormText.midYearLabel)** \(M.tag(.orange))", M.block(area.midYearNote)]
        }
        let a = area.assessment
        parts += [
            "**\(M.heading(FormText.assessmentHeading(area)))** \(M.tag(.green))",
            M.table([FormText.judgement] + Rating.allCases.map(\.title),
                    [[FormText.measuresQuestion] + marks(a.measuresRating), [FormText.attainmentQuestion] + marks(a.attainmentRating)],
                    align: ["---", ":-:", ":-:", ":-:"]),
            comment(FormText.leaderCommentLabel, a.leaderComment, a.leaderCommentStamp),
            value(a.leaderComment),
            comment(FormText.contactCommentLabel, a.contactComment, a.contactCommentStamp),
            value(a.contactComment),
        ]
        return parts
    }

    private func marks(_ rating: Rating?) -> [String] {
        Rating.allCases.map { $0 == rating ? FormText.mark : "" }
    }

    private func comment(_ label: String, _ text: String, _ stamp: Stamp?) -> String {
        let by = text.isEmpty ? nil : FormText.stamp(stamp)
        return "**\(label)** \(M.tag(.green))" + (by.map { " " + M.inline($0) } ?? "")
    }

    private func conditions() -> [String] {
        [
            "### " + M.heading(FormText.conditions(agreement)),
            "**\(FormText.conditionsLeaderLabel)** \(M.tag(.blue))", value(agreement.conditions.leaderDescription),
            "**\(FormText.conditionsContactLabel)** \(M.tag(.green))", value(agreement.conditions.contactComment),
        ]
    }

    private func personalGoals() -> [String] {
        if isPublic { return ["## " + FormText.personalGoals, FormText.exempt] }
        var parts = ["## \(FormText.personalGoals) \(M.tag(.blue))"]
        if agreement.personalGoals.isEmpty {
            parts.append(FormText.noPersonalGoals)
        } else {
            parts.append(agreement.personalGoals.map { M.item($0.text) }.joined(separator: "\n"))
        }
        return parts
    }

    /// Amendments, signatures, meetings and improvement plans, each only when there are any.
    private func record() -> [String] {
        var parts: [String] = []
        let tables = [
            (FormText.amendments, FormText.amendmentColumns, FormText.amendmentRows(agreement)),
            (FormText.signOffs, FormText.signOffColumns, FormText.signOffRows(agreement)),
            (FormText.reviews, FormText.reviewColumns, FormText.reviewRows(agreement)),
        ]
        for (title, columns, rows) in tables where !rows.isEmpty {
            parts += ["## " + title, M.table(columns, rows.map { $0.map(M.cell) })]
        }
        if !agreement.improvementPlans.isEmpty {
            parts.append("## " + FormText.improvementPlans)
            for plan in agreement.improvementPlans {
                parts += ["### " + M.heading(FormText.planHeading(plan, in: agreement)), value(plan.actions)]
                parts += FormText.planLines(plan)
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
