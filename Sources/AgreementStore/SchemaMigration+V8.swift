extension SchemaMigration {
    /// Version 7 → 8: an agreement records the conflicts a merge of two people's changes met
    /// (`conflicts`, empty until a merge records one). Only this key is touched, so the step
    /// composes with the steps before it.
    static let toVersion8: Step = { object, kind in
        guard kind == .agreement, var agreement = object["agreement"] as? [String: Any] else { return }
        if agreement["conflicts"] == nil { agreement["conflicts"] = [Any]() }
        object["agreement"] = agreement
    }
}
