import AgreementKit
import Testing

@Suite("Validation of action plans")
struct ActionPlanValidatorTests {
    /// A small plan: one main goal, one initiative, one period goal per sector.
    static func plan() -> ActionPlan {
        ActionPlan(id: "testplan-2018-2021", title: "Plan", firstYear: 2018, lastYear: 2021, mainGoals: [
            MainGoal(id: "m1", number: 1, title: "Mål", initiatives: [
                Initiative(id: "i1", code: "1.a", text: "Satsing.", periodGoals: [
                    PeriodGoal(id: "p1", code: "S.1", sector: .schools),
                    PeriodGoal(id: "p2", code: "B.1", sector: .kindergartens, text: "Periodemål"),
                ]),
            ]),
        ])
    }

    private func found(_ plan: ActionPlan) -> [String] {
        ActionPlanValidator.validate(plan).map { "\(AgreementValidator.render($0.path)) \($0.kind)" }
    }

    @Test func aGoodPlanHasNoIssues() {
        #expect(ActionPlanValidator.validate(Self.plan()) == [])
        #expect(ActionPlanValidator.validate(KUOPlan.plan) == [])
    }

    @Test func duplicateCodesAreFoundAtTheSecondUse() {
        var plan = Self.plan()
        plan.mainGoals[0].initiatives[0].periodGoals[1] = PeriodGoal(id: "p2", code: "S.1", sector: .schools)
        plan.mainGoals[0].initiatives.append(Initiative(id: "i2", code: "1.a", text: "Igjen."))
        #expect(ActionPlanValidator.validate(plan) == [
            ActionPlanIssue(path: ["mainGoals", 0, "initiatives", 0, "periodGoals", 1, "code"], kind: .duplicateCode("S.1")),
            ActionPlanIssue(path: ["mainGoals", 0, "initiatives", 1, "code"], kind: .duplicateCode("1.a")),
        ])
    }

    @Test func codesMustFollowTheirPatterns() {
        var plan = Self.plan()
        plan.mainGoals[0].initiatives[0].code = "2.a"
        plan.mainGoals[0].initiatives[0].periodGoals[0].code = "S1"
        plan.mainGoals[0].initiatives[0].periodGoals[1].code = "K.1"
        plan.mainGoals[0].initiatives.append(Initiative(id: "i2", code: "1.B", text: "x", periodGoals: [
            PeriodGoal(id: "p3", code: "S.01", sector: .schools),
            PeriodGoal(id: "p4", code: "X.4", sector: .schools),
            PeriodGoal(id: "p5", code: "S.", sector: .schools),
        ]))
        #expect(found(plan) == [
            "mainGoals[0].initiatives[0].code badCode(\"2.a\")",
            "mainGoals[0].initiatives[0].periodGoals[0].code badCode(\"S1\")",
            "mainGoals[0].initiatives[0].periodGoals[1].code sectorMismatch(code: \"K.1\", sector: AgreementKit.Sector.kindergartens)",
            "mainGoals[0].initiatives[1].code badCode(\"1.B\")",
            "mainGoals[0].initiatives[1].periodGoals[0].code badCode(\"S.01\")",
            "mainGoals[0].initiatives[1].periodGoals[1].code badCode(\"X.4\")",
            "mainGoals[0].initiatives[1].periodGoals[2].code badCode(\"S.\")",
        ])
    }

    @Test func titlesAndInitiativeTextsMustNotBeBlank() {
        var plan = Self.plan()
        plan.title = " "
        plan.mainGoals[0].title = ""
        plan.mainGoals[0].initiatives[0].text = "\n"
        #expect(ActionPlanValidator.validate(plan) == [
            ActionPlanIssue(path: ["title"], kind: .emptyTitle),
            ActionPlanIssue(path: ["mainGoals", 0, "title"], kind: .emptyTitle),
            ActionPlanIssue(path: ["mainGoals", 0, "initiatives", 0, "text"], kind: .emptyText),
        ])
    }

    @Test func aPeriodGoalMayHaveOnlyItsCode() {
        var plan = Self.plan()
        plan.mainGoals[0].initiatives[0].periodGoals[1].text = ""
        #expect(ActionPlanValidator.validate(plan) == [])
    }

    @Test func idsSlugsNumbersAndYearsAreChecked() {
        var plan = Self.plan()
        plan.id = "KUO 2018"
        plan.firstYear = 2022
        plan.mainGoals[0].initiatives[0].periodGoals[0].id = "i1"
        plan.mainGoals[0].initiatives[0].periodGoals[1].id = "p 2"
        plan.mainGoals.append(MainGoal(id: "m2", number: 1, title: "Igjen"))
        plan.mainGoals.append(MainGoal(id: "m3", number: 0, title: "Null"))
        #expect(ActionPlanValidator.validate(plan) == [
            ActionPlanIssue(path: ["id"], kind: .badSlug("KUO 2018")),
            ActionPlanIssue(path: ["firstYear"], kind: .badYears(first: 2022, last: 2021)),
            ActionPlanIssue(path: ["mainGoals", 0, "initiatives", 0, "periodGoals", 0, "id"], kind: .duplicateID("i1")),
            ActionPlanIssue(path: ["mainGoals", 0, "initiatives", 0, "periodGoals", 1, "id"], kind: .badID("p 2")),
            ActionPlanIssue(path: ["mainGoals", 1, "number"], kind: .duplicateNumber(1)),
            ActionPlanIssue(path: ["mainGoals", 2, "number"], kind: .badNumber(0)),
        ])
    }
}
