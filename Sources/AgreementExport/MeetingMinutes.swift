import AgreementKit

/// The minutes (referat) of a review meeting as Markdown: every goal area with its ratings and
/// comments, the checklist and the summary. Section 4 is never in the minutes.
public enum MeetingMinutes {
    public static func markdown(_ a: Agreement, kind: Review.Kind, date: LocalDate, party: Party) -> String {
        var out = "# Referat – \(kind.title) \(a.header.year)\n\n"
        out += "\(a.header.unit), \(a.header.municipality) · \(date.display) · ført av \(party.title.lowercased())"
        if !a.header.leader.isEmpty { out += " · enhetsleder \(a.header.leader)" }
        if !a.header.contactPerson.isEmpty { out += " · kontaktperson \(a.header.contactPerson)" }
        out += "\n\nFase: \(a.phase.title)\n\n"
        out += "## Målområder\n\n"
        out += "| Del | Målområde | 1. Gjennomførte tiltak er | 2. Måloppnåelse for enheten er |\n| --- | --- | --- | --- |\n"
        for area in a.goalAreas {
            out += "| \(area.section.number) | \(cell(area.label)) | \(area.assessment.measuresRating?.title ?? "–") | \(area.assessment.attainmentRating?.title ?? "–") |\n"
        }
        for area in a.goalAreas {
            out += "\n### \(area.section.number) \(area.label)\n\n"
            for row in area.rows {
                let target = row.target.isEmpty ? row.resultGoal : row.target
                out += "- \(row.targetNumber.isEmpty ? "" : row.targetNumber + " ")\(line(target))"
                let log = kind == .midYear ? row.log.filter { entry in a.lastReview(before: date).map { entry.date > $0 } ?? true } : row.log
                if !log.isEmpty { out += " (\(log.count) loggføringer)" }
                out += "\n"
            }
            out += "\n"
            if kind == .yearEnd {
                out += "- Gjennomførte tiltak er: **\(area.assessment.measuresRating?.title ?? "ikke vurdert")**\n"
                out += "- Måloppnåelse for enheten er: **\(area.assessment.attainmentRating?.title ?? "ikke vurdert")**\n"
            }
            if !area.midYearNote.isEmpty { out += "- Notat fra midtveissamtalen: \(line(area.midYearNote))\n" }
            if !area.assessment.leaderComment.isEmpty { out += "- Enhetsleders kommentar: \(line(area.assessment.leaderComment))\n" }
            if !area.assessment.contactComment.isEmpty { out += "- Kontaktpersonens kommentar: \(line(area.assessment.contactComment))\n" }
        }
        if kind == .yearEnd {
            out += "\n## Sjekkliste: er oppgavene utført i \(a.header.year)?\n\n"
            for item in a.checklist {
                out += "- \(item.status?.title ?? "ikke markert"): \(line(item.task))\(item.comment.isEmpty ? "" : " – \(line(item.comment))")\n"
            }
            let summary = AssessmentSummary(a)
            out += "\n## Oppsummering\n\nVurdert \(summary.rated) av \(summary.total) målområder.\n\n"
            out += "| Vurdering | Gjennomførte tiltak | Måloppnåelse |\n| --- | --- | --- |\n"
            for rating in Rating.allCases {
                out += "| \(rating.title) | \(summary.measures[rating] ?? 0) | \(summary.attainment[rating] ?? 0) |\n"
            }
            if !summary.belowAgreement.isEmpty {
                out += "\n### Mindre enn avtalen\n\n"
                for area in summary.belowAgreement {
                    out += "- \(area.section.number) \(area.label)\n"
                    if let plan = a.improvementPlans.last(where: { $0.goalAreaID == area.id }) {
                        out += "  - Forbedringsplan: \(line(plan.actions))\n"
                        out += "  - Oppfølgingssamtaler: \(plan.followUpDates.map(\.display).joined(separator: ", "))\n"
                    }
                }
                out += "\nFramgangsmåte:\n\n" + AssessmentSummary.procedure.map { "1. \($0)\n" }.joined()
            }
        }
        return out
    }

    private static func cell(_ text: String) -> String {
        line(text).replacingOccurrences(of: "|", with: "\\|")
    }

    private static func line(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}

