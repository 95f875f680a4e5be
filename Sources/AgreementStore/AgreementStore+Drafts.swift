import Foundation

extension AgreementStore {
    /// The path of an agreement's draft file.
    public func draftPath(of id: String) -> String { "\(root)/\(StoreFiles.draftFileName(id))" }

    /// Keeps the bytes of a draft (mode 0600: it may hold section 4 text).
    public func saveDraft(_ data: Data, for id: String) throws(StoreError) {
        do { try fileSystem.writeAtomically(data, to: draftPath(of: id), mode: 0o600) } catch {
            throw StoreError(file: error.path, message: "kunne ikke lagre utkastet: \(error.message)")
        }
    }

    /// The bytes of an agreement's draft, if there is one.
    public func draft(for id: String) -> Data? {
        try? fileSystem.read(draftPath(of: id))
    }

    /// Deletes an agreement's draft.
    public func removeDraft(for id: String) {
        try? fileSystem.remove(draftPath(of: id))
    }
}
