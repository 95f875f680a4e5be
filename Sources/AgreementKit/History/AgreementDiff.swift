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

    /// The changes to section 4 and to the reasons of its amendments.
    public static func privateChanges(from old: Agreement, to new: Agreement) -> [TreeChange] {
        let a = privateTree(old), b = privateTree(new)
        return a == b ? [] : TreeDiff.changes(from: a, to: b)
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
