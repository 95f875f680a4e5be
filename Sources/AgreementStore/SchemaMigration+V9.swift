extension SchemaMigration {
    /// Version 8 → 9: an agreement records who took over as leader or contact person during
    /// the year, and from when (`roleChanges`, empty until a change is recorded). Only this key
    /// is touched, so the step composes with the steps before it.
    static let toVersion9: Step = { object, kind in
        guard kind == .agreement, var agreement = object["agreement"] as? [String: Any] else { return }
        if agreement["roleChanges"] == nil { agreement["roleChanges"] = [Any]() }
        object["agreement"] = agreement
    }
}
