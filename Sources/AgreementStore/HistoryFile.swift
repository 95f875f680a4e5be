import AgreementKit

/// The content of `<id>/history.json` (and of `<id>/history.private.json` for section 4): the
/// agreement's changes in the order they were made. Append-only: a save adds entries, a merge
/// takes the union by id.
struct HistoryFile: Codable, Equatable {
    /// The schema version of history files (they have their own, from 1).
    static let currentVersion = 1

    var agreementID: String
    var changes: [ChangeRecord]
    var version: Int

    init(agreementID: String, changes: [ChangeRecord]) {
        self.agreementID = agreementID
        self.changes = changes
        version = Self.currentVersion
    }

    /// How history files are read: strictly, like every store file, with their own versions.
    static let migration = SchemaMigration(steps: [:], currentVersion: currentVersion)

    /// The end of the file as the store writes it, after the last entry: new entries go in
    /// front of it without encoding the ones already there.
    static let tail = "\n  ],\n  \"version\" : \(currentVersion)\n}\n"
}
