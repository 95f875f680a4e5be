extension Agreement {
    /// What is still missing before moving from the current phase to the next (empty when closed).
    public var gapsBeforeNextPhase: [Gap] { gaps(in: phase) }

    /// What is missing in a phase before the agreement may leave it (empty for Avsluttet).
    public func gaps(in phase: Phase) -> [Gap] {
        var gaps: [Gap] = []
        forEachGap(in: phase, named: true) { gaps.append($0) }
        return gaps
    }

    /// How many gaps `gaps(in:)` gives, without naming them: a row's name reads its text, and
    /// the progress counts the gaps at every save and for every agreement in a listing.
    func gapCount(in phase: Phase) -> Int {
        var count = 0
        forEachGap(in: phase, named: false) { _ in count += 1 }
        return count
    }

    /// Hands each gap of `phase` to `body`, in order; with `named` false they carry no name.
    private func forEachGap(in phase: Phase, named: Bool, _ body: (Gap) -> Void) {
        switch phase {
        case .agreement:
            if conditions.leaderDescription.isBlank {
                body(Gap(kind: .conditionsMissing))
            }
            for area in goalAreas {
                if area.rows.isEmpty {
                    body(Gap(kind: .goalAreaWithoutRows, goalAreaID: area.id, name: named ? RowName(area) : nil))
                }
                for row in area.rows {
                    let withoutTarget = row.target.isBlank
                    let withoutMeasures = !row.measures.contains(where: \.isItem)
                    guard withoutTarget || withoutMeasures else { continue }
                    let name = named ? RowName(row, in: area) : nil
                    if withoutTarget {
                        body(Gap(kind: .rowWithoutTarget, goalAreaID: area.id, rowID: row.id, name: name))
                    }
                    if withoutMeasures {
                        body(Gap(kind: .rowWithoutMeasures, goalAreaID: area.id, rowID: row.id, name: name))
                    }
                }
            }
        case .followUp:
            for area in goalAreas {
                for row in area.rows where row.log.isEmpty {
                    body(Gap(kind: .rowWithoutLog, goalAreaID: area.id, rowID: row.id, name: named ? RowName(row, in: area) : nil))
                }
            }
        case .assessment:
            for area in goalAreas where area.assessment.state != .complete {
                body(Gap(kind: .goalAreaNotRated, goalAreaID: area.id, name: named ? RowName(area) : nil))
            }
            for item in checklist where item.status == nil {
                body(Gap(kind: .checklistUnmarked, task: item.task))
            }
        case .closed:
            break
        }
    }
}

extension String {
    /// True for empty or whitespace-only text.
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
