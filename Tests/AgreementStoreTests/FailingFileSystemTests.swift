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

        func read(_ path: String) throws(FileSystemError) -> Data { try live.read(path) }
        func writeAtomically(_ data: Data, to path: String, mode: UInt32) throws(FileSystemError) {
            writes += 1
            if let code = failing {
                throw FileSystemError(path: path, code: code, message: FileSystemError.explain(code, system: String(cString: strerror(code))))
            }
            try live.writeAtomically(data, to: path, mode: mode)
        }
        func list(_ directory: String) throws(FileSystemError) -> [String] { try live.list(directory) }
        func stamp(_ path: String) -> FileStamp? { live.stamp(path) }
        func createDirectory(_ path: String) throws(FileSystemError) { try live.createDirectory(path) }
        func remove(_ path: String) throws(FileSystemError) { try live.remove(path) }
        func mode(_ path: String) -> UInt32? { live.mode(path) }
    }

    @Test(arguments: [(ENOSPC, "disken er full"), (EROFS, "skrivebeskyttet"), (EACCES, "ingen tilgang")])
    func aFailedSaveSaysWhyAndLeavesTheFileAsItWas(code: Int32, words: String) throws {
        let folder = TemporaryFolder()
        let fs = FlakyFileSystem()
        let store = AgreementStore(root: folder.path, fileSystem: fs)
        var agreement = Fixtures.agreement
        try store.save(agreement)
        let before = folder.bytes("testskole-2011.json")
        agreement.goalAreas[0].rows[0].log.append(LogEntry(id: "l1", date: LocalDate(iso: "2011-03-14")!, text: "Møte"))
        fs.failing = code
        let error = try #require(throws: StoreError.self) { try store.save(agreement) }
        #expect(error.message.contains(words), "\(error)")
        #expect(error.message.hasPrefix("kunne ikke lagre"))
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
