import AgreementKit

/// Small hand-made agreements for domain tests.
public enum Fixtures {
    public static func row(_ id: String, target: String = "Mål", measures: Int = 1, log: Int = 0, year: Int = 2011) -> GoalRow {
        GoalRow(
            id: ItemID(id), resultGoal: "Resultatmål", targetNumber: "1.1", target: target,
            measures: (0..<measures).map { Measure(id: ItemID("\(id)-m\($0)"), text: "Tiltak \($0)") },
            support: [SupportItem(id: ItemID("\(id)-s"), text: "Støtte")],
            log: (0..<log).map { LogEntry(id: ItemID("\(id)-l\($0)"), date: LocalDate(year: year, month: 3, day: 1 + $0)!, text: "Gjort") }
        )
    }

    public static func agreement(phase: Phase = .agreement) -> Agreement {
        Agreement(
            id: "testskole-2011",
            header: AgreementHeader(municipality: "Trondheim kommune", unit: "Testskole", serviceArea: "Skole", year: 2011),
            phase: phase,
            checklist: [ChecklistItem(id: "c1", task: "Vernerunden"), ChecklistItem(id: "c2", task: "Miljørunde")],
            goalAreas: [
                GoalArea(id: "g1", section: .common, number: "1", title: "Frivillighet", rows: [row("r1")]),
                GoalArea(id: "g2", section: .serviceArea, number: "2", title: "Samarbeid", rows: [row("r2"), row("r3", log: 2)]),
                GoalArea(id: "g3", section: .own, number: "1", title: "Grunnleggende ferdigheter", rows: [row("r4")]),
            ],
            conditions: UnitConditions(leaderDescription: "Bygget er gammelt.")
        )
    }
}
