extension SchemaMigration {
    /// Version 6 → 7: the year's rhythm and the conversation. The agreement gets its own dates
    /// (`schedule`: meetings, phase deadlines, wheel events marked done), empty until set in the
    /// app; the private file gets section 1.5's two-sided leader assessment, empty.
    static let toVersion7: Step = { object, kind in
        switch kind {
        case .agreement:
            guard var agreement = object["agreement"] as? [String: Any] else { return }
            if agreement["schedule"] == nil {
                agreement["schedule"] = ["meetings": [String: Any](), "phaseDeadlines": [String: Any](), "doneEvents": [Any]()] as [String: Any]
            }
            object["agreement"] = agreement
        case .privateSection:
            if object["leaderAssessment"] == nil { object["leaderAssessment"] = [Any]() }
        case .plan, .template:
            break
        }
    }
}
