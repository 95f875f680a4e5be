extension SchemaMigration {
    /// Version 3 → 4 (the start of the year): a goal area may set several result goals under
    /// one assessment (`subGoals`, empty before). The other keys of version 4 — the kind of a
    /// list entry, a measure's `done` date, the links to last year (`carriedFrom`) and the
    /// template link — are left out when unset, so older files need nothing for them.
    static let toVersion4: Step = { object, kind in
        guard kind == .agreement, var agreement = object["agreement"] as? [String: Any],
              let areas = agreement["goalAreas"] as? [[String: Any]] else { return }
        agreement["goalAreas"] = areas.map { area in
            var area = area
            if area["subGoals"] == nil { area["subGoals"] = [Any]() }
            return area
        }
        object["agreement"] = agreement
    }
}
