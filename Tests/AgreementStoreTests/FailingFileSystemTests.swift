import AgreementKit
@testable import AgreementStore
import Foundation
import Testing

@Suite("Saving on a failing file system never loses or damages anything")
struct FailingFileSystemTests {
    /// The live file system, except that writes fail with `code` while `failing` is set.
    final class FlakyFileSystem: FileSystem, @unchecked Sendable {
        let live = LiveFileSystem()
        var failing: Int32?
        var writes = 0

        /// Writes fail only at paths with this prefix (all writes when nil).
        var failingUnder: String?

        func read(_ path: String, limit: Int) throws(FileSystemError) -> Data { try live.read(path, limit: limit) }
        func write(_ data: Data, to path: String, options: WriteOptions) throws(FileSystemError) -> String {
            writes += 1
            if let code = failing, failingUnder.map({ path.hasPrefix($0) }) ?? true {
                throw FileSystemError(path: path, code: code)
            }
            return try live.write(data, to: path, options: options)
        }
        func list(_ directory: String) throws(FileSystemError) -> [String] { try live.list(directory) }
        func info(_ path: String, followingLinks: Bool) throws(FileSystemError) -> FileInfo { try live.info(path, followingLinks: followingLinks) }
        func createDirectory(_ path: String, permissions: UInt32) throws(FileSystemError) { try live.createDirectory(path, permissions: permissions) }
        func remove(_ path: String) throws(FileSystemError) { try live.remove(path) }
        func setPermissions(_ path: String, _ permissions: UInt32) throws(FileSystemError) { try live.setPermissions(path, permissions) }
    }

    @Test(arguments: [(ENOSPC, FileSystemError.Reason.diskFull), (EROFS, .readOnlyFileSystem), (EACCES, .permissionDenied)])
    func aFailedSaveSaysWhyAndLeavesTheFileAsItWas(code: Int32, reason: FileSystemError.Reason) throws {
        let folder = TemporaryFolder()
        let fs = FlakyFileSystem()
        let store = AgreementStore(root: folder.path, fileSystem: fs)
        var agreement = Fixtures.agreement
        try store.save(agreement)
        let before = folder.bytes("testskole-2011.json")
        agreement.goalAreas[0].rows[0].log.append(LogEntry(id: "l1", date: LocalDate(iso: "2011-03-14")!, text: "Møte"))
        fs.failing = code
        let error = try #require(throws: StoreError.self) { try store.save(agreement) }
        #expect(error.problem == .saveFailed(FileSystemError(path: error.file, code: code)), "\(error)")
        #expect(error.fileSystemError?.reason == reason)
        #expect(folder.bytes("testskole-2011.json") == before)
        fs.failing = nil
        try store.save(agreement)
        #expect(try store.load("testskole-2011") == agreement)
    }

    @Test func aWriteThatCannotStartLeavesNoTemporaryFile() throws {
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path + "/missing-folder")
        #expect(throws: StoreError.self) { try store.save(Fixtures.agreement) }
        #expect(folder.names().isEmpty)
    }

    @Test func theFullCopyHoldsSectionFourAndIsPrivate() throws {
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path)
        var agreement = Fixtures.agreement
        agreement.personalGoals = [PersonalGoal(id: "p1", text: "Delegere mer")]
        try store.writeFullCopy(agreement, to: folder.path + "/kopi.json")
        #expect(store.fileSystem.mode(folder.path + "/kopi.json") == 0o600)
        let text = try #require(folder.text("kopi.json"))
        #expect(text.contains("Delegere mer") && text.contains("\"agreement\" : {"))
    }
}
