extension SchemaMigration {
    /// Version 5 → 6: a goal row carries measured indicators and links to action plans; rows
    /// written before have neither. Touches only these two keys of each row.
    static let toVersion6: Step = { object, kind in
        guard kind == .agreement, var agreement = object["agreement"] as? [String: Any],
              let areas = agreement["goalAreas"] as? [[String: Any]] else { return }
        agreement["goalAreas"] = areas.map { area in
            guard let rows = area["rows"] as? [[String: Any]] else { return area }
            var area = area
            area["rows"] = rows.map { row in
                var row = row
                if row["indicators"] == nil { row["indicators"] = [Any]() }
                if row["planLinks"] == nil { row["planLinks"] = [Any]() }
                return row
            }
            return area
        }
        object["agreement"] = agreement
    }
}
