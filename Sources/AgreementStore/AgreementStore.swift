import AgreementKit
import Foundation

/// A store is a folder of JSON files: `<id>.json` per agreement and `<id>.private.json`
/// (mode 0600) beside it for section 4. A file that cannot be read is reported and never rewritten.
public struct AgreementStore: Sendable {
    /// The folder.
    public let root: String
    public let fileSystem: any FileSystem
    public var migration: SchemaMigration
    /// When saves put the agreement's summary in the index's delta (see `SaveIndexing`).
    public var indexing = SaveIndexing.eachSave
    /// Who the history records for this store's saves.
    public var author: ChangeAuthor
    /// False for stores written by a generator (demo data): saves then keep no history.
    public var recordsHistory = true
    /// The history files this store wrote last, by stamp (see `appendHistory`).
    let historyStamps = HistoryStamps()
    let deltaMemo = IndexDeltaMemo()
    let pendingIndex = PendingIndexEntries()
    let publicFileEncoder = AgreementFileEncoder()

    public init(root: String, fileSystem: any FileSystem = LiveFileSystem(), migration: SchemaMigration = .standard,
                author: ChangeAuthor = .unknown) {
        self.root = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
        self.fileSystem = fileSystem
        self.migration = migration
        self.author = author
    }

    /// The path of an agreement's public file.
    public func path(of id: String) -> String { "\(root)/\(StoreFiles.agreementFileName(id))" }
    /// The path of an agreement's private file (section 4).
    public func privatePath(of id: String) -> String { "\(root)/\(StoreFiles.privateFileName(id))" }

    /// True if the store folder exists.
    public var exists: Bool { fileSystem.exists(root) }

    /// The ids of all agreements in the store, sorted.
    public func ids() throws(StoreError) -> [String] {
        do {
            return try fileSystem.list(root).compactMap(StoreFiles.agreementID(fromFileName:)).sorted()
        } catch {
            throw StoreError(file: root, problem: error.reason == .notFound ? .storeMissing : .storeUnusable(error))
        }
    }

    /// Loads an agreement with its private section 4.
    public func load(_ id: String) throws(StoreError) -> Agreement {
        var notes: [StoreError] = []
        return try load(id, notes: &notes)
    }

    /// Loads an agreement with its private section 4; `notes` receives what was noticed and
    /// put right on the way (a private file readable by others is set to 0600), for the
    /// interface to say.
    public func load(_ id: String, notes: inout [StoreError]) throws(StoreError) -> Agreement {
        try rollForward(id)
        let file = path(of: id)
        let data: Data
        do { data = try fileSystem.read(file) } catch {
            if error.reason == .notFound {
                let known = (try? ids()) ?? []
                throw StoreError(file: root, problem: .notFound(id: id, suggestions: AgreementIDs.closest(to: id, among: known)))
            }
            throw StoreError(file: file, problem: .unreadable(error))
        }
        var agreement = try decodeAgreement(data, file: file)
        if agreement.id != id {
            throw StoreError(file: file, line: 1, column: 1, problem: .idMismatch(found: agreement.id, expected: id))
        }
        if let section = try loadPrivate(id, notes: &notes) {
            agreement.personalGoals = section.personalGoals
            agreement.leaderAssessment = section.leaderAssessment
            agreement.restoreConfidentialReasons(section.amendmentReasons)
        }
        return agreement
    }

    /// Saves an agreement atomically: the public file (its mode kept, a symlink followed to its
    /// file, a read-only file refused), then the private file (always 0600).
    /// With `expecting`, the save is refused if the file on disk is no longer the one read or
    /// last written (someone else changed it): it is never silently overwritten.
    ///
    /// Every save is recorded in the agreement's history (`<id>/history.json`, section 4's in
    /// `<id>/history.private.json`): what changed since `previous` — the agreement as it was on
    /// disk, which the caller may know; else it is read — by whom (`author`) and when.
    @discardableResult
    public func save(_ agreement: Agreement, expecting: FileStamp? = nil, previous: Agreement? = nil) throws(StoreError) -> FileStamp? {
        var report = SaveReport()
        return try save(agreement, expecting: expecting, previous: previous, report: &report)
    }

    /// Saves as above; `report` receives how many changes the history recorded and what went
    /// wrong after the agreement itself was saved (its history could not be written).
    @discardableResult
    public func save(_ agreement: Agreement, expecting: FileStamp?, previous: Agreement?, report: inout SaveReport) throws(StoreError) -> FileStamp? {
        if let expecting, let current = fileSystem.stamp(path(of: agreement.id)), current != expecting {
            throw StoreError(file: path(of: agreement.id), problem: .changedOnDisk)
        }
        let old = previous ?? (fileSystem.exists(path(of: agreement.id)) ? try? load(agreement.id) : nil)
        let (publicData, privateData) = try encode(agreement)
        var written: FileStamp?
        do {
            let privateFile = privatePath(of: agreement.id)
            if (try? fileSystem.read(privateFile)) == privateData {
                // Section 4 unchanged (the usual case): one rename, all or nothing.
                written = try fileSystem.writeStamped(publicData, to: path(of: agreement.id), options: .agreementFile)
                if fileSystem.mode(privateFile) != 0o600 { try fileSystem.write(privateData, to: privateFile, options: .privateFile) }
            } else {
                // Both files change: the journal first, so a crash between the renames rolls forward.
                let journal = SaveJournal(version: migration.currentVersion, publicFile: String(decoding: publicData, as: UTF8.self),
                                          privateFile: String(decoding: privateData, as: UTF8.self))
                let journalData = (try? StoreCoding.encode(journal)) ?? Data()
                try fileSystem.write(journalData, to: journalPath(of: agreement.id), options: .internalFile(permissions: 0o600))
                written = try fileSystem.writeStamped(publicData, to: path(of: agreement.id), options: .agreementFile)
                try fileSystem.write(privateData, to: privateFile, options: .privateFile)
                try fileSystem.remove(journalPath(of: agreement.id))
            }
        } catch {
            throw StoreError(file: error.path, problem: .saveFailed(error))
        }
        let stamp = written ?? fileSystem.stamp(path(of: agreement.id))
        if let stamp {
            switch indexing {
            case .eachSave: recordInIndex([(agreement, stamp)])
            case .batched: pendingIndex.add(agreement, stamp: stamp)
            case .off: break
            }
        }
        if recordsHistory, old != agreement { recordHistory(from: old, to: agreement, report: &report) }
        return stamp
    }

    /// The bytes of both files of an agreement, exactly as `save` writes them.
    public func encode(_ agreement: Agreement) throws(StoreError) -> (public: Data, private: Data) {
        do {
            let publicData = try publicFileEncoder.encode(agreement.publicRecord, version: migration.currentVersion)
            let privateData = try StoreCoding.encode(PrivateFile(version: migration.currentVersion, agreementID: agreement.id,
                                                                 personalGoals: agreement.personalGoals,
                                                                 amendmentReasons: agreement.confidentialReasons,
                                                                 leaderAssessment: agreement.leaderAssessment))
            return (publicData, privateData)
        } catch {
            throw StoreError(file: path(of: agreement.id), problem: .encodingFailed(detail: "\(error)"))
        }
    }

    func decodeAgreement(_ data: Data, file: String) throws(StoreError) -> Agreement {
        try FileDecoder(migration: migration).decode(AgreementFile.self, kind: .agreement, from: data, file: file, version: \.version).agreement
    }

    /// The private file, or nil when there is none. One readable by others is set to 0600 and noted.
    private func loadPrivate(_ id: String, notes: inout [StoreError]) throws(StoreError) -> PrivateFile? {
        let file = privatePath(of: id)
        let data: Data
        do { data = try fileSystem.read(file) } catch {
            if error.reason == .notFound { return nil }
            throw StoreError(file: file, problem: .unreadable(error))
        }
        let decoded = try FileDecoder(migration: migration).decode(PrivateFile.self, kind: .privateSection, from: data, file: file, version: \.version)
        if decoded.agreementID != id {
            throw StoreError(file: file, line: 1, column: 1, problem: .privateIDMismatch(found: decoded.agreementID, expected: id))
        }
        if let mode = fileSystem.mode(file), mode & 0o077 != 0 {
            do {
                try fileSystem.setPermissions(file, 0o600)
                notes.append(StoreError(file: file, problem: .privateModeFixed(from: mode)))
            } catch {
                notes.append(StoreError(file: file, problem: .privateExposed(mode: mode)))
            }
        }
        return decoded
    }
}
