import Foundation

extension AgreementStore {
    /// Removes temporary files `.<name>.tmp-<random>` left by a process that died mid-save. They
    /// are never agreements. Only regular files (never a link, whatever it points to) older than
    /// `minimumAge` seconds are removed, so a save in progress elsewhere is left alone. Returns
    /// the names removed.
    @discardableResult
    public func removeStaleTemporaryFiles(minimumAge: TimeInterval = 60, now: Date = Date()) -> [String] {
        // Only the temporary names are kept (a store of 2,000 agreements has 4,000 others).
        var names: [String] = []
        guard (try? fileSystem.forEachName(in: root, { if AtomicWriter.isTemporaryName($0) { names.append($0) } })) != nil else { return [] }
        var removed: [String] = []
        for name in names.sorted() {
            let path = "\(root)/\(name)"
            guard let info = try? fileSystem.info(path, followingLinks: false), info.kind == .regular else { continue }
            let modified = Date(timeIntervalSince1970: TimeInterval(info.modifiedNanoseconds) / 1e9)
            guard now.timeIntervalSince(modified) >= minimumAge else { continue }
            if (try? fileSystem.remove(path)) != nil { removed.append(name) }
        }
        return removed
    }

    /// The stamp of an agreement's public file now, to notice changes made by someone else.
    public func stamp(of id: String) -> FileStamp? {
        fileSystem.stamp(path(of: id))
    }

    /// Creates the store folder (and its parents) if missing, and makes sure it is a folder that
    /// can be written: `init` says at once what is wrong instead of failing at the first save.
    public func create() throws(StoreError) {
        do { try fileSystem.createDirectory(root) } catch {
            throw StoreError(file: error.path, problem: .cannotCreateStore(error))
        }
        try verifyWritable()
    }

    /// Writes and removes a hidden probe file, through the writer: a read-only folder, a folder
    /// on a full or read-only disk says so here.
    public func verifyWritable() throws(StoreError) {
        let probe = "\(root)/.lederavtale-probe-\(AtomicWriter.randomSuffix())"
        do {
            try fileSystem.write(Data(), to: probe, options: .newFile(permissions: 0o600))
            try fileSystem.remove(probe)
        } catch {
            throw StoreError(file: root, problem: .storeNotWritable(FileSystemError(path: root, code: error.code, reason: error.reason)))
        }
    }

    /// Checks that the store is a folder that can be read, without creating anything: a missing
    /// folder is `.storeMissing`; a symlink loop, a file or a folder without access is named.
    public func verifyReadable() throws(StoreError) {
        do throws(FileSystemError) {
            let info = try fileSystem.info(root, followingLinks: true)
            guard info.kind == .directory else { throw FileSystemError(path: root, reason: .notADirectory) }
            try fileSystem.verifyListable(root)
        } catch {
            throw StoreError(file: root, problem: error.reason == .notFound ? .storeMissing : .storeUnusable(error))
        }
    }
}
