extension SchemaMigration {
    /// Version 2 → 3: amendments and phase changes record the person who made them, by name
    /// (from the config); records made before say nobody.
    static let toVersion3: Step = { object, kind in
        guard kind == .agreement, var agreement = object["agreement"] as? [String: Any] else { return }
        for key in ["amendments", "phaseChanges"] {
            guard let records = agreement[key] as? [[String: Any]] else { continue }
            agreement[key] = records.map { record in
                var record = record
                if record["person"] == nil { record["person"] = "" }
                return record
            }
        }
        object["agreement"] = agreement
    }
}
