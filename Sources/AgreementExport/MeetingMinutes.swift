import AgreementKit
import Catalogue

/// The minutes (referat) of a review meeting as Markdown: every goal area with its ratings and
/// comments, the checklist and the summary. Section 4 is never in the minutes. Text is escaped
/// as in the Markdown export and keeps its line breaks (hard breaks inside list items).
public enum MeetingMinutes {
    private typealias M = MarkdownText

    public static func markdown(_ a: Agreement, kind: Review.Kind, date: LocalDate, party: Party, words: any Wording) -> String {
        let w = words
        var out = "# " + M.heading(w.minutesTitle(kind: kind, year: a.header.year)) + "\n\n"
        out += M.inline("\(a.header.unit), \(a.header.municipality)") + " · \(w.date(date)) · " + w.minutesKeptBy(party)
        if !a.header.leader.isEmpty { out += " · " + M.inline(w.minutesPerson(.leader, name: a.header.leader)) }
        if !a.header.contactPerson.isEmpty { out += " · " + M.inline(w.minutesPerson(.contactPerson, name: a.header.contactPerson)) }
        out += "\n\n" + w.minutesPhase(a.phase) + "\n\n"
        out += "## \(w.export(.minutesGoalAreas))\n\n"
        let measures = "1. " + w.fieldLabel(.measuresRating), attainment = "2. " + w.fieldLabel(.attainmentRating)
        let overview = a.goalAreas.map { area in
            [area.section.number, M.cell(area.label), rating(area.assessment.measuresRating, "–", w), rating(area.assessment.attainmentRating, "–", w)]
        }
        out += M.table([w.export(.csvSection), w.export(.csvGoalArea), measures, attainment], overview) + "\n"
        for area in a.goalAreas {
            out += "\n### \(area.section.number) \(M.heading(area.label))\n\n"
            for row in area.rows {
                let target = row.target.isEmpty ? row.resultGoal : row.target
                let log = kind == .midYear ? row.log.filter { entry in a.lastReview(before: date).map { entry.date > $0 } ?? true } : row.log
                let count = log.isEmpty ? "" : " " + w.minutesLogCount(log.count)
                out += item(row.targetNumber.isEmpty ? nil : row.targetNumber, target, suffix: count)
            }
            out += "\n"
            let notRated = w.export(.minutesNotRated)
            if kind == .yearEnd {
                out += "- \(w.fieldLabel(.measuresRating)): **\(rating(area.assessment.measuresRating, notRated, w))**\n"
                out += "- \(w.fieldLabel(.attainmentRating)): **\(rating(area.assessment.attainmentRating, notRated, w))**\n"
            }
            if !area.midYearNote.isEmpty { out += item(w.fieldLabel(.midYearNote) + ":", area.midYearNote) }
            if !area.assessment.leaderComment.isEmpty { out += item(w.fieldLabel(.leaderComment) + ":", area.assessment.leaderComment) }
            if !area.assessment.contactComment.isEmpty { out += item(w.fieldLabel(.contactComment) + ":", area.assessment.contactComment) }
        }
        if kind == .yearEnd { out += yearEnd(a, words: w) }
        return out
    }

    /// The checklist, the counts per rating and the goal areas below the agreement.
    private static func yearEnd(_ a: Agreement, words w: any Wording) -> String {
        var out = "\n## " + M.heading(w.minutesChecklistHeading(year: a.header.year)) + "\n\n"
        for task in a.checklist {
            out += item(w.checklistStatus(task.status) + ":", task.task + (task.comment.isEmpty ? "" : " – " + task.comment))
        }
        let summary = AssessmentSummary(a)
        out += "\n## \(w.export(.minutesSummary))\n\n\(w.minutesRated(summary.rated, of: summary.total))\n\n"
        let counts = Rating.allCases.map { [w.rating($0), String(summary.measures[$0] ?? 0), String(summary.attainment[$0] ?? 0)] }
        out += M.table([ExportText.minutesRating, .minutesMeasures, .minutesAttainment].map(w.export), counts) + "\n"
        if !summary.belowAgreement.isEmpty {
            out += "\n### \(w.rating(.belowAgreement))\n\n"
            for area in summary.belowAgreement {
                out += "- \(area.section.number) \(M.heading(area.label))\n"
                if let plan = a.improvementPlans.last(where: { $0.goalAreaID == area.id }) {
                    out += item(w.export(.minutesPlan) + ":", plan.actions, indent: "  ")
                    out += "  - \(w.export(.minutesFollowUps)): \(plan.followUpDates.map(w.date).joined(separator: ", "))\n"
                }
            }
            out += "\n\(w.export(.minutesProcedure)):\n\n" + w.unmetGoalProcedure.map { "1. \(M.inline($0))\n" }.joined()
        }
        return out
    }

    private static func rating(_ rating: Rating?, _ none: String, _ words: any Wording) -> String {
        rating.map(words.rating) ?? none
    }

    /// A list item "- label text": the text escaped, each of its lines kept as a hard break and
    /// indented under the item, so a multi-line field reads as it was written.
    private static func item(_ label: String?, _ text: String, suffix: String = "", indent: String = "") -> String {
        let body = M.block(text).split(separator: "\n", omittingEmptySubsequences: false)
            .joined(separator: "\n" + indent + "  ")
        return indent + "- " + (label.map { M.inline($0) + " " } ?? "") + body + suffix + "\n"
    }
}
