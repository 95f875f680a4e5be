import Foundation

/// Both files of a save that changes section 4, written first as one hidden file
/// (`.<id>.journal.json`, mode 0600): a crash between the two renames that follow is rolled
/// forward on the next load, so the public and private files never come from different saves.
struct SaveJournal: Codable {
    var version: Int
    /// The complete new content of `<id>.json`.
    var publicFile: String
    /// The complete new content of `<id>.private.json`.
    var privateFile: String
}

extension AgreementStore {
    /// The hidden journal of an agreement's save in progress.
    public func journalPath(of id: String) -> String { "\(root)/.\(id).journal.json" }

    /// Finishes a save that a crash interrupted: writes both files from the journal, then drops it.
    /// A journal that cannot be decoded was never completed (it is written atomically) and is ignored.
    func rollForward(_ id: String) throws(StoreError) {
        let path = journalPath(of: id)
        guard let data = try? fileSystem.read(path, limit: ReadLimit.journal) else { return }
        guard let journal = try? StoreCoding.decode(SaveJournal.self, from: data) else { return }
        do {
            try fileSystem.write(Data(journal.publicFile.utf8), to: self.path(of: id), options: .agreementFile)
            try fileSystem.write(Data(journal.privateFile.utf8), to: privatePath(of: id), options: .privateFile)
            try fileSystem.remove(path)
        } catch {
            throw StoreError(file: error.path, problem: .rollForwardFailed(error))
        }
    }
}
