import AgreementKit
import Catalogue

/// One line of the plan view: the plan's tree with, under each period goal, the rows that serve it.
public struct PlanLine: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case subtitle
        case summary
        case mainGoal
        case initiative(code: String, unserved: Bool)
        case wholeInitiative
        case sector
        case periodGoal(code: String, unserved: Bool)
        case server
        case blank
    }

    public var kind: Kind
    public var indent: Int
    public var text: String

    /// True for a period goal no unit serves: what `n` jumps to.
    public var isUnservedGoal: Bool {
        if case .periodGoal(_, true) = kind { return true }
        return false
    }

    /// The plan as lines, worded; every period goal with the rows that serve it or a mark.
    static func lines(_ coverage: PlanCoverage, words w: any Wording) -> [PlanLine] {
        let plan = coverage.plan
        var lines: [PlanLine] = []
        if !plan.subtitle.isEmpty { lines.append(PlanLine(kind: .subtitle, indent: 0, text: plan.subtitle)) }
        lines.append(PlanLine(kind: .summary, indent: 0, text: w.plan(.unservedCount(coverage.unservedPeriodGoals.count, of: plan.periodGoals.count,
                                                                                       initiatives: coverage.unservedInitiatives.count))))
        func servers(_ code: String, indent: Int) -> [PlanLine] {
            coverage.servers(of: code).map { PlanLine(kind: .server, indent: indent, text: w.plan(.servedBy(unit: $0.unit, year: $0.year, row: w.rowName($0.row)))) }
        }
        for mainGoal in plan.mainGoals {
            lines.append(PlanLine(kind: .blank, indent: 0, text: ""))
            lines.append(PlanLine(kind: .mainGoal, indent: 0, text: w.plan(.mainGoal(number: mainGoal.number, title: mainGoal.title))))
            for initiative in mainGoal.initiatives {
                lines.append(PlanLine(kind: .initiative(code: initiative.code, unserved: coverage.isUnserved(initiative)), indent: 2,
                                      text: w.plan(.initiative(code: initiative.code, headline: initiative.headline))))
                let direct = servers(initiative.code, indent: 8)
                if !direct.isEmpty {
                    lines.append(PlanLine(kind: .wholeInitiative, indent: 4, text: w.plan(.wholeInitiative)))
                    lines += direct
                }
                for sector in Sector.allCases {
                    let goals = initiative.periodGoals(in: sector)
                    guard !goals.isEmpty else { continue }
                    lines.append(PlanLine(kind: .sector, indent: 4, text: w.sector(sector)))
                    for goal in goals {
                        lines.append(PlanLine(kind: .periodGoal(code: goal.code, unserved: coverage.isUnserved(goal)), indent: 6,
                                              text: w.plan(.periodGoal(code: goal.code, text: goal.text))))
                        lines += servers(goal.code, indent: 8)
                    }
                }
            }
        }
        return lines
    }
}
