extension Agreement {
    /// What is still missing before moving from the current phase to the next (empty when closed).
    public var gapsBeforeNextPhase: [Gap] { gaps(in: phase) }

    /// What is missing in a phase before the agreement may leave it (empty for Avsluttet).
    public func gaps(in phase: Phase) -> [Gap] {
        switch phase {
        case .agreement: agreementGaps
        case .followUp: followUpGaps
        case .assessment: assessmentGaps
        case .closed: []
        }
    }

    var agreementGaps: [Gap] {
        var gaps: [Gap] = []
        if conditions.leaderDescription.isBlank {
            gaps.append(Gap(kind: .conditionsMissing))
        }
        for area in goalAreas {
            if area.rows.isEmpty {
                gaps.append(Gap(kind: .goalAreaWithoutRows, goalAreaID: area.id, name: RowName(area)))
            }
            for row in area.rows {
                let name = RowName(row, in: area)
                if row.target.isBlank {
                    gaps.append(Gap(kind: .rowWithoutTarget, goalAreaID: area.id, rowID: row.id, name: name))
                }
                if row.measureItems.isEmpty {
                    gaps.append(Gap(kind: .rowWithoutMeasures, goalAreaID: area.id, rowID: row.id, name: name))
                }
            }
        }
        return gaps
    }

    var followUpGaps: [Gap] {
        var gaps: [Gap] = []
        for area in goalAreas {
            for row in area.rows where row.log.isEmpty {
                let name = RowName(row, in: area)
                gaps.append(Gap(kind: .rowWithoutLog, goalAreaID: area.id, rowID: row.id, name: name))
            }
        }
        return gaps
    }

    var assessmentGaps: [Gap] {
        var gaps: [Gap] = []
        for area in goalAreas where area.assessment.state != .complete {
            gaps.append(Gap(kind: .goalAreaNotRated, goalAreaID: area.id, name: RowName(area)))
        }
        for item in checklist where item.status == nil {
            gaps.append(Gap(kind: .checklistUnmarked, task: item.task))
        }
        return gaps
    }
}

extension String {
    /// True for empty or whitespace-only text.
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
