/// The names of files in a store folder, and what they are.
public enum StoreFiles {
    public static let agreementSuffix = ".json"
    public static let privateSuffix = ".private.json"

    /// The agreement id for a file name, or nil if the file is not an agreement
    /// (hidden files, private files, temporary files, the store's own `store.json` and anything
    /// not ending in `.json`).
    public static func agreementID(fromFileName name: String) -> String? {
        guard !name.hasPrefix("."), name.hasSuffix(agreementSuffix), !name.hasSuffix(privateSuffix), name != StoreFacts.fileName else { return nil }
        return String(name.dropLast(agreementSuffix.count))
    }

    public static func agreementFileName(_ id: String) -> String { id + agreementSuffix }
    public static func privateFileName(_ id: String) -> String { id + privateSuffix }
}

extension StoreFiles {
    /// The hidden draft of an agreement: `.<id>.draft.json` (valid JSON like every `.json` here).
    public static func draftFileName(_ id: String) -> String { ".\(id).draft.json" }
}

extension StoreFiles {
    /// The companion folder of an agreement, `<id>/`: what belongs to it beyond its two files.
    public static func companionFolder(_ id: String) -> String { id }
    /// The agreement's history, `<id>/history.json`: every change to sections 1–3 and the record.
    public static let historyFileName = "history.json"
    /// The history of section 4, `<id>/history.private.json` (0600, never shared).
    public static let privateHistoryFileName = "history.private.json"
}
