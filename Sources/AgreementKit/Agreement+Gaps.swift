extension Agreement {
    /// What is still missing before moving from the current phase to the next (empty when closed).
    public var gapsBeforeNextPhase: [Gap] {
        switch phase {
        case .agreement: agreementGaps
        case .followUp: followUpGaps
        case .assessment: assessmentGaps
        case .closed: []
        }
    }

    private var agreementGaps: [Gap] {
        var gaps: [Gap] = []
        if conditions.leaderDescription.isBlank {
            gaps.append(Gap(kind: .conditionsMissing, message: "3.1 mangler enhetsleders beskrivelse"))
        }
        for area in goalAreas {
            if area.rows.isEmpty {
                gaps.append(Gap(kind: .goalAreaWithoutRows, message: "\(area.section.number) \(area.label): ingen rader", goalAreaID: area.id))
            }
            for row in area.rows {
                let name = rowName(row, in: area)
                if row.target.isBlank {
                    gaps.append(Gap(kind: .rowWithoutTarget, message: "\(name): mangler mål for enheten", goalAreaID: area.id, rowID: row.id))
                }
                if row.measures.isEmpty {
                    gaps.append(Gap(kind: .rowWithoutMeasures, message: "\(name): mangler tiltak", goalAreaID: area.id, rowID: row.id))
                }
            }
        }
        return gaps
    }

    private var followUpGaps: [Gap] {
        var gaps: [Gap] = []
        for area in goalAreas {
            for row in area.rows where row.log.isEmpty {
                let name = rowName(row, in: area)
                gaps.append(Gap(kind: .rowWithoutLog, message: "\(name): ingen loggføringer", goalAreaID: area.id, rowID: row.id))
            }
        }
        return gaps
    }

    private var assessmentGaps: [Gap] {
        var gaps: [Gap] = []
        for area in goalAreas where area.assessment.state != .complete {
            gaps.append(Gap(kind: .goalAreaNotRated, message: "\(area.section.number) \(area.label): ikke vurdert", goalAreaID: area.id))
        }
        for item in checklist where item.status == nil {
            gaps.append(Gap(kind: .checklistUnmarked, message: "Sjekkliste: «\(item.task)» er ikke markert"))
        }
        return gaps
    }
}

/// A row named for people: its number, or the start of its target when it has none.
func rowName(_ row: GoalRow, in area: GoalArea) -> String {
    let base = "\(area.section.number) \(area.label)"
    if !row.targetNumber.isEmpty { return "\(base), mål \(row.targetNumber)" }
    let text = (row.target.isBlank ? row.resultGoal : row.target).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
    guard !text.isEmpty else { return base }
    let words = text.split(separator: " ").prefix(4).joined(separator: " ")
    return "\(base), «\(words)…»"
}

extension String {
    /// True for empty or whitespace-only text.
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
