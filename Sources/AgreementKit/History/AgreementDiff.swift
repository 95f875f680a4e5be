/// What changed between two versions of an agreement, as the history records it: the public
/// part (sections 1–3 and the year's record) and, apart, section 4 with the reasons of its
/// amendments, which never leave the private file.
public enum AgreementDiff {
    /// The changes to the public part. Goal areas that are equal are not encoded at all, so a
    /// save that changed one field costs little however large the agreement.
    public static func changes(from old: Agreement, to new: Agreement) -> [TreeChange] {
        guard old != new else { return [] }
        var out: [TreeChange] = []
        var oldRest = old, newRest = new
        oldRest.goalAreas = []
        newRest.goalAreas = []
        oldRest.personalGoals = []
        newRest.personalGoals = []
        oldRest.amendments = oldRest.publicAmendments
        newRest.amendments = newRest.publicAmendments
        blankEqualLists(&oldRest, &newRest)
        if oldRest != newRest {
            if let a = try? JSONValue.of(oldRest), let b = try? JSONValue.of(newRest) {
                out += TreeDiff.changes(from: a, to: b)
            }
        }
        if old.goalAreas != new.goalAreas {
            // Areas equal on both sides stand in as their ids alone.
            let unchanged = Set(old.goalAreas.filter { area in new.goalAreas.contains(area) }.map(\.id))
            func tree(_ areas: [GoalArea]) -> JSONValue {
                .array(areas.map { area in
                    unchanged.contains(area.id) ? .object(["id": .string(area.id.rawValue)]) : ((try? JSONValue.of(area)) ?? .null)
                })
            }
            out += TreeDiff.changes(from: tree(old.goalAreas), to: tree(new.goalAreas), at: ChangePath(["goalAreas"]))
        }
        return out
    }

    /// Lists equal on both sides emptied on both sides: they add no change either way, and are
    /// then not encoded (a save that changed one comment encodes only what differs).
    private static func blankEqualLists(_ old: inout Agreement, _ new: inout Agreement) {
        func blank<T: Equatable>(_ list: WritableKeyPath<Agreement, [T]>) {
            if old[keyPath: list] == new[keyPath: list] {
                old[keyPath: list] = []
                new[keyPath: list] = []
            }
        }
        blank(\.checklist)
        blank(\.signOffs)
        blank(\.phaseChanges)
        blank(\.amendments)
        blank(\.reviews)
        blank(\.improvementPlans)
        blank(\.leaderAssessment)
        blank(\.conflicts)
        blank(\.roleChanges)
    }

    /// The changes to section 4 and to the reasons of its amendments.
    public static func privateChanges(from old: Agreement, to new: Agreement) -> [TreeChange] {
        if old.personalGoals == new.personalGoals, confidentialReasons(old) == confidentialReasons(new) { return [] }
        let a = privateTree(old), b = privateTree(new)
        return a == b ? [] : TreeDiff.changes(from: a, to: b)
    }

    private static func confidentialReasons(_ agreement: Agreement) -> [String: String] {
        var reasons: [String: String] = [:]
        for amendment in agreement.amendments where amendment.confidential {
            reasons[amendment.id.rawValue] = amendment.reason
        }
        return reasons
    }

    private static func privateTree(_ agreement: Agreement) -> JSONValue {
        var reasons: [String: JSONValue] = [:]
        for amendment in agreement.amendments where amendment.confidential {
            reasons[amendment.id.rawValue] = .string(amendment.reason)
        }
        return .object([
            "personalGoals": (try? JSONValue.of(agreement.personalGoals)) ?? .array([]),
            "amendmentReasons": .object(reasons),
        ])
    }
}

extension Agreement {
    /// The amendments as the public file holds them: the reasons of section 4's emptied.
    var publicAmendments: [Amendment] {
        amendments.map { amendment in
            var copy = amendment
            if copy.confidential { copy.reason = "" }
            copy.confidential = false
            return copy
        }
    }
}
