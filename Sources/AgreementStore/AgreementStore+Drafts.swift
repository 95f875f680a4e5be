import Foundation

extension AgreementStore {
    /// The path of an agreement's draft file in the store.
    public func draftPath(of id: String) -> String { "\(root)/\(StoreFiles.draftFileName(id))" }

    /// Keeps the bytes of a draft (see `keepDraft`, which also says where they went).
    public func saveDraft(_ data: Data, for id: String) throws(StoreError) {
        _ = try keepDraft(data, for: id)
    }

    /// Keeps the bytes of a draft (mode 0600: it may hold section 4 text) and returns where they
    /// went: the store; if that fails (full disk, read-only folder), `$XDG_STATE_HOME/lederavtale/drafts/`
    /// (`~/.local/state/lederavtale/drafts/`); then `/tmp/lederavtale-<uid>/`. Throws only when
    /// every place failed, with the store's error.
    public func keepDraft(_ data: Data, for id: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(StoreError) -> DraftLocation {
        let places = DraftPlaces(store: self, environment: environment)
        var first: FileSystemError?
        for location in places.all(for: id) {
            do {
                if location.isFallback { try places.prepareFolder(of: location.path) }
                try fileSystem.write(data, to: location.path, options: .internalFile(permissions: 0o600))
                return location
            } catch {
                if first == nil { first = error }
            }
        }
        let error = first ?? FileSystemError(path: draftPath(of: id), reason: .other)
        throw StoreError(file: error.path, problem: .draftFailed(error))
    }

    /// The draft of an agreement, wherever a dead session left it (the store first), with its place.
    public func findDraft(for id: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> (data: Data, location: DraftLocation)? {
        for location in DraftPlaces(store: self, environment: environment).all(for: id) {
            if let data = try? fileSystem.read(location.path) { return (data, location) }
        }
        return nil
    }

    /// The bytes of an agreement's draft, if there is one (in the store or a fallback place).
    public func draft(for id: String) -> Data? {
        findDraft(for: id)?.data
    }

    /// Deletes an agreement's draft, wherever it is.
    public func removeDraft(for id: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        for location in DraftPlaces(store: self, environment: environment).all(for: id) {
            try? fileSystem.remove(location.path)
        }
    }
}
