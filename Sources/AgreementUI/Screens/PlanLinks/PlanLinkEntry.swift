import AgreementKit
import Foundation

/// One code a row may link to in the chooser: an initiative or a period goal of a plan, with
/// the text it is found by.
public struct PlanLinkEntry: Equatable, Sendable {
    public var link: PlanLink
    /// The initiative's headline, or the period goal's sector and initiative.
    public var text: String
    /// Lower-cased code and text without accents, for the filter.
    let haystack: String

    init(link: PlanLink, text: String) {
        self.link = link
        self.text = text
        haystack = PlanLinkEntry.fold("\(link.code) \(text)")
    }

    /// Every code of the plans, in plan order: each initiative, then its period goals.
    static func entries(_ plans: [ActionPlan], sector: (Sector) -> String) -> [PlanLinkEntry] {
        plans.flatMap { plan in
            plan.initiatives.flatMap { initiative in
                [PlanLinkEntry(link: PlanLink(plan: plan.id, code: initiative.code), text: initiative.headline)]
                    + initiative.periodGoals.map { goal in
                        let text = goal.text.isEmpty ? "\(sector(goal.sector)) · \(initiative.code) \(initiative.headline)" : goal.text
                        return PlanLinkEntry(link: PlanLink(plan: plan.id, code: goal.code), text: text)
                    }
            }
        }
    }

    /// How well the entry answers a filter, or nil when it does not: the code itself best, then
    /// a code that starts so, then every word found in code or text, then the letters in order.
    func score(_ filter: String) -> Int? {
        let wanted = PlanLinkEntry.fold(filter)
        guard !wanted.isEmpty else { return 0 }
        let code = link.code.lowercased()
        if code == wanted { return 0 }
        if code.hasPrefix(wanted) { return 1 }
        let words = wanted.split(separator: " ")
        if words.allSatisfy({ haystack.contains($0) }) { return 2 }
        var rest = Substring(wanted.replacingOccurrences(of: " ", with: ""))
        for c in haystack where rest.first == c { rest.removeFirst() }
        return rest.isEmpty ? 3 : nil
    }

    static func fold(_ text: String) -> String {
        text.lowercased().folding(options: .diacriticInsensitive, locale: nil)
    }
}
