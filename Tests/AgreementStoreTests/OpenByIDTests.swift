@testable import AgreementStore
import Foundation
import Testing

/// Opening one agreement by its id reads none of the store's other names: a store of 2,000
/// agreements has 4,000 files, and listing them twice made its start 1.5× a small store's.
@Suite("Opening by id without listing the store")
struct OpenByIDTests {
    /// A file system that counts listings of folders.
    final class ListingFileSystem: FileSystem, @unchecked Sendable {
        let live = LiveFileSystem()
        var listings = 0
        func read(_ path: String, limit: Int) throws(FileSystemError) -> Data { try live.read(path, limit: limit) }
        func write(_ data: Data, to path: String, options: WriteOptions) throws(FileSystemError) -> String { try live.write(data, to: path, options: options) }
        func list(_ directory: String) throws(FileSystemError) -> [String] {
            listings += 1
            return try live.list(directory)
        }
        func verifyListable(_ directory: String) throws(FileSystemError) { try live.verifyListable(directory) }
        func info(_ path: String, followingLinks: Bool) throws(FileSystemError) -> FileInfo { try live.info(path, followingLinks: followingLinks) }
        func createDirectory(_ path: String, permissions: UInt32) throws(FileSystemError) { try live.createDirectory(path, permissions: permissions) }
        func remove(_ path: String) throws(FileSystemError) { try live.remove(path) }
        func setPermissions(_ path: String, _ permissions: UInt32) throws(FileSystemError) { try live.setPermissions(path, permissions) }
    }

    private func store() throws -> (TemporaryFolder, ListingFileSystem, AgreementStore) {
        let folder = TemporaryFolder()
        let fs = ListingFileSystem()
        var store = AgreementStore(root: folder.path, fileSystem: fs)
        store.indexing = .off
        for id in ["hoeggen-skole-2011", "hoeggen-skole-2012", "eide-barneskole-2013"] {
            var agreement = Fixtures.agreement
            agreement.id = id
            try store.save(agreement)
        }
        fs.listings = 0
        return (folder, fs, store)
    }

    @Test func aWholeIdIsFoundWithoutAListing() throws {
        let (folder, fs, store) = try store()
        #expect(try store.resolve("hoeggen-skole-2011") == "hoeggen-skole-2011")
        #expect(fs.listings == 0)
        _ = folder
    }

    @Test func prefixesTyposAndNamesThatAreNoAgreementsStillGoThroughTheListing() throws {
        let (folder, fs, store) = try store()
        #expect(try store.resolve("eide") == "eide-barneskole-2013")
        #expect(fs.listings == 1)
        for given in ["hoeg", "hoegen-skole-2011", "", ".hoeggen-skole-2011", "../\(URL(fileURLWithPath: folder.path).lastPathComponent)/hoeggen-skole-2011"] {
            #expect(throws: StoreError.self, "«\(given)» is not an agreement of the store") { try store.resolve(given) }
        }
        // A file named like an agreement's private file is not an agreement either.
        #expect(throws: StoreError.self) { try store.resolve("hoeggen-skole-2011.private") }
    }

    @Test func checkingThatTheStoreCanBeReadListsNothingWhole() throws {
        let (folder, fs, store) = try store()
        try store.verifyReadable()
        #expect(fs.listings == 0, "the folder is opened and its first entry read, not listed")
        #expect(throws: StoreError.self) { try AgreementStore(root: folder.path + "/hoeggen-skole-2011.json").verifyReadable() }
        #expect(throws: StoreError.self) { try AgreementStore(root: folder.path + "/mangler").verifyReadable() }
        let empty = TemporaryFolder()
        try AgreementStore(root: empty.path).verifyReadable()
    }
}
