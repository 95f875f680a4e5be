import AgreementKit
import Foundation

/// A store is a folder of JSON files: `<id>.json` per agreement and `<id>.private.json`
/// (mode 0600) beside it for section 4. A file that cannot be read is reported and never rewritten.
public struct AgreementStore: Sendable {
    /// The folder.
    public let root: String
    public let fileSystem: any FileSystem
    public var migration: SchemaMigration

    public init(root: String, fileSystem: any FileSystem = LiveFileSystem(), migration: SchemaMigration = .standard) {
        self.root = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
        self.fileSystem = fileSystem
        self.migration = migration
    }

    /// The path of an agreement's public file.
    public func path(of id: String) -> String { "\(root)/\(StoreFiles.agreementFileName(id))" }
    /// The path of an agreement's private file (section 4).
    public func privatePath(of id: String) -> String { "\(root)/\(StoreFiles.privateFileName(id))" }

    /// True if the store folder exists.
    public var exists: Bool { fileSystem.exists(root) }

    /// Creates the store folder (and its parents) if missing.
    public func create() throws(StoreError) {
        do { try fileSystem.createDirectory(root) } catch {
            throw StoreError(file: error.path, message: "kan ikke opprette lageret: \(error.message)")
        }
    }

    /// The ids of all agreements in the store, sorted.
    public func ids() throws(StoreError) -> [String] {
        do {
            return try fileSystem.list(root).compactMap(StoreFiles.agreementID(fromFileName:)).sorted()
        } catch {
            throw StoreError(file: root, message: "kan ikke lese lageret: \(error.message)")
        }
    }

    /// Loads an agreement with its private section 4.
    public func load(_ id: String) throws(StoreError) -> Agreement {
        try rollForward(id)
        let file = path(of: id)
        let data: Data
        do { data = try fileSystem.read(file) } catch {
            if error.code == ENOENT_CODE { throw StoreError.notFound(id, in: root) }
            throw StoreError(file: file, message: "kan ikke leses: \(error.message)")
        }
        var agreement = try decodeAgreement(data, file: file)
        if agreement.id != id {
            throw StoreError(file: file, line: 1, column: 1, message: "avtalens id «\(agreement.id)» stemmer ikke med filnavnet (\(id))")
        }
        agreement.personalGoals = try loadPrivate(id)
        return agreement
    }

    /// Saves an agreement atomically: the public file, then the private file (always 0600).
    /// With `expecting`, the save is refused if the file on disk is no longer the one read or
    /// last written (someone else changed it): it is never silently overwritten.
    @discardableResult
    public func save(_ agreement: Agreement, expecting: FileStamp? = nil) throws(StoreError) -> FileStamp? {
        if let expecting, let current = fileSystem.stamp(path(of: agreement.id)), current != expecting {
            throw StoreError(file: path(of: agreement.id), message: "filen er endret utenfor denne økten siden den ble lest", changedOnDisk: true)
        }
        let (publicData, privateData) = try encode(agreement)
        do {
            let privateFile = privatePath(of: agreement.id)
            if (try? fileSystem.read(privateFile)) == privateData {
                // Section 4 unchanged (the usual case): one rename, all or nothing.
                try fileSystem.writeAtomically(publicData, to: path(of: agreement.id), mode: 0o644)
                if fileSystem.mode(privateFile) != 0o600 { try fileSystem.writeAtomically(privateData, to: privateFile, mode: 0o600) }
            } else {
                // Both files change: the journal first, so a crash between the renames rolls forward.
                let journal = SaveJournal(version: migration.currentVersion, publicFile: String(decoding: publicData, as: UTF8.self),
                                          privateFile: String(decoding: privateData, as: UTF8.self))
                let journalData = (try? StoreCoding.encode(journal)) ?? Data()
                try fileSystem.writeAtomically(journalData, to: journalPath(of: agreement.id), mode: 0o600)
                try fileSystem.writeAtomically(publicData, to: path(of: agreement.id), mode: 0o644)
                try fileSystem.writeAtomically(privateData, to: privateFile, mode: 0o600)
                try fileSystem.remove(journalPath(of: agreement.id))
            }
        } catch {
            throw StoreError(file: error.path, message: "kunne ikke lagre: \(error.message)")
        }
        return fileSystem.stamp(path(of: agreement.id))
    }

    /// The bytes of both files of an agreement, exactly as `save` writes them.
    public func encode(_ agreement: Agreement) throws(StoreError) -> (public: Data, private: Data) {
        do {
            let publicData = try StoreCoding.encode(AgreementFile(version: migration.currentVersion, agreement: agreement))
            let privateData = try StoreCoding.encode(PrivateFile(version: migration.currentVersion, agreementID: agreement.id, personalGoals: agreement.personalGoals))
            return (publicData, privateData)
        } catch {
            throw StoreError(file: path(of: agreement.id), message: "kunne ikke kode avtalen: \(error)")
        }
    }

    func decodeAgreement(_ data: Data, file: String) throws(StoreError) -> Agreement {
        try FileDecoder(migration: migration).decode(AgreementFile.self, kind: .agreement, from: data, file: file, version: \.version).agreement
    }

    private func loadPrivate(_ id: String) throws(StoreError) -> [PersonalGoal] {
        let file = privatePath(of: id)
        let data: Data
        do { data = try fileSystem.read(file) } catch {
            if error.code == ENOENT_CODE { return [] }
            throw StoreError(file: file, message: "kan ikke leses: \(error.message)")
        }
        let decoded = try FileDecoder(migration: migration).decode(PrivateFile.self, kind: .privateSection, from: data, file: file, version: \.version)
        if decoded.agreementID != id {
            throw StoreError(file: file, line: 1, column: 1, message: "«agreementID» «\(decoded.agreementID)» stemmer ikke med filnavnet (\(id))")
        }
        return decoded.personalGoals
    }
}

/// ENOENT, without importing Glibc into every file.
let ENOENT_CODE: Int32 = 2
