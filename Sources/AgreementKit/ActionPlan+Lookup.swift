import Foundation

extension ActionPlan {
    /// Every code a goal may cite, in plan order: each initiative's, followed by its period goals'.
    public var allCodes: [String] {
        initiatives.flatMap { [$0.code] + $0.periodGoals.map(\.code) }
    }

    /// The initiative or period goal with exactly this code (surrounding spaces ignored), if any.
    public func entry(code: String) -> ActionPlanEntry? {
        let wanted = code.trimmingCharacters(in: .whitespacesAndNewlines)
        for mainGoal in mainGoals {
            for initiative in mainGoal.initiatives {
                if initiative.code == wanted { return ActionPlanEntry(mainGoal: mainGoal, initiative: initiative) }
                if let goal = initiative.periodGoals.first(where: { $0.code == wanted }) {
                    return ActionPlanEntry(mainGoal: mainGoal, initiative: initiative, periodGoal: goal)
                }
            }
        }
        return nil
    }

    /// The initiative with this code, if any.
    public func initiative(code: String) -> Initiative? {
        guard let entry = entry(code: code), entry.periodGoal == nil else { return nil }
        return entry.initiative
    }

    /// The period goal with this code, if any.
    public func periodGoal(code: String) -> PeriodGoal? {
        entry(code: code)?.periodGoal
    }

    /// The codes closest to an unknown one, to suggest when refusing it: those at the smallest
    /// edit distance (ignoring case and surrounding spaces), at most `maxDistance` away, in plan order.
    public func nearestCodes(to query: String, maxDistance: Int = 2, limit: Int = 3) -> [String] {
        let wanted = query.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard !wanted.isEmpty, limit > 0 else { return [] }
        var best = maxDistance + 1
        var found: [String] = []
        for code in allCodes {
            let distance = EditDistance.between(wanted, code.lowercased())
            if distance < best {
                best = distance
                found = [code]
            } else if distance == best {
                found.append(code)
            }
        }
        return Array(found.prefix(limit))
    }
}
