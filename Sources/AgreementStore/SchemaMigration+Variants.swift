extension SchemaMigration {
    /// Version 1 → 2 of a template, wheel or guide file (each counts its own versions): the
    /// texts in other languages (`variants`) start empty under the file's root key.
    static func addingVariants(under rootKey: String) -> Step {
        { object, _ in
            guard var root = object[rootKey] as? [String: Any] else { return }
            if root["variants"] == nil { root["variants"] = [String: Any]() }
            object[rootKey] = root
        }
    }
}
