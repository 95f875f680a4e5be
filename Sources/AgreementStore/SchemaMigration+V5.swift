extension SchemaMigration {
    /// Version 4 → 5: an agreement says whether it is generated demonstration data (`demo`, the
    /// demo municipality seeded for the overview); every agreement written before is real.
    static let toVersion5: Step = { object, kind in
        guard kind == .agreement, var agreement = object["agreement"] as? [String: Any] else { return }
        if agreement["demo"] == nil { agreement["demo"] = false }
        object["agreement"] = agreement
    }
}
