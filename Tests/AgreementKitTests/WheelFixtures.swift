import AgreementKit

/// A small hand-made annual wheel for the wheel tests.
enum WheelFixtures {
    static func event(_ id: String, _ when: WheelDate, _ title: String = "Hending", kind: WheelEventKind = .deadline) -> WheelEvent {
        WheelEvent(id: ItemID(id), when: when, title: title, who: [.leader], kind: kind)
    }

    static func wheel(events: [WheelEvent]? = nil) -> AnnualWheel {
        AnnualWheel(
            id: "testkommune",
            title: "Årshjul",
            municipalities: ["Testkommune"],
            themes: [QuarterTheme(id: "t1", quarter: 1, title: "Resultat og vurdering")],
            events: events ?? [
                event("e-dec", .fixed(day: 15, month: 12), "Analyse"),
                event("e-t1", .lastWorkingDayOfTertial(1), "Budsjettkontroll 1.tertial", kind: .reporting),
                event("e-jan", .fixed(day: 31, month: 1), "Analysearbeid"),
                event("e-apr", .fixed(day: 30, month: 4), "Elevundersøkinga", kind: .reporting),
                event("e-feb", .lastDayOfMonth(2), "Arbeid med resultat"),
                event("e-q1", .endOfQuarter(1), "Kartlegging", kind: .survey),
                event("e-mar", .fixed(day: 31, month: 3), "Analyse av resultat"),
            ]
        )
    }
}
