import AgreementKit

/// The words of the action plan: its view across the store, the choice of a row's links, and
/// the plan files' own problems.
public protocol PlanWording: Sendable {
    /// "Skolene", "Barnehagene", "Kulturskolen", "PPT".
    func sector(_ sector: Sector) -> String
    func plan(_ text: PlanText) -> String
    /// A fault found in a plan file's content.
    func planIssue(_ issue: ActionPlanIssue.Kind) -> String
}

/// The texts of the plan view and the plan-link chooser.
public enum PlanText: Equatable, Sendable {
    case title(String, id: String)
    case position(Int, of: Int)
    case mainGoal(number: Int, title: String)
    case initiative(code: String, headline: String)
    case periodGoal(code: String, text: String)
    case servedBy(unit: String, year: Int, row: String)
    case unserved
    case initiativeUnserved
    case wholeInitiative
    case unservedCount(Int, of: Int, initiatives: Int)
    case noPlans
    case chooserEntry(code: String, text: String)
    case chooserPeriodGoal(code: String, sector: String, initiative: String)
    case noMatch
    case linkedMark
    case planWithoutLinks
    case unknownPlan(String)
    case unknownCode(plan: String, code: String, nearest: [String])
    case planIDMismatch(found: String, expected: String)
}
