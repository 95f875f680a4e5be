import AgreementKit
@testable import AgreementStore
import Foundation
import Testing

/// Store entries that are not what they seem: FIFOs, devices, huge files, links and loops.
/// Only regular files are read (the others reported and skipped), never blocking, with a limit.
@Suite("Store entries that are not what they seem")
struct HostileEntryTests {
    private func store() throws -> (TemporaryFolder, AgreementStore) {
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path)
        try store.save(Fixtures.agreement)
        return (folder, store)
    }

    @Test func aFIFONamedLikeAnAgreementIsReportedAndNeverBlocks() throws {
        let (folder, store) = try store()
        #expect(mkfifo("\(folder.path)/fifo-2011.json", 0o644) == 0)
        let started = ContinuousClock.now
        let loaded = try #require(throws: StoreError.self) { try store.load("fifo-2011") }
        #expect(loaded.problem == .unreadable(FileSystemError(path: store.path(of: "fifo-2011"), reason: .notRegularFile(.fifo))))
        let listed = try store.list()
        #expect(listed.summaries.map(\.id) == ["testskole-2011"])
        #expect(listed.problems.map(\.problem) == [loaded.problem])
        let report = try store.check()
        #expect(report.errors.map(\.problem) == [loaded.problem])
        #expect(ContinuousClock.now - started < .seconds(2))
    }

    @Test func aLinkToADeviceIsNeverRead() throws {
        let (folder, store) = try store()
        try FileManager.default.createSymbolicLink(atPath: "\(folder.path)/zero-2011.json", withDestinationPath: "/dev/zero")
        let error = try #require(throws: StoreError.self) { try store.load("zero-2011") }
        #expect(error.problem == .unreadable(FileSystemError(path: store.path(of: "zero-2011"), reason: .notRegularFile(.characterDevice))))
        #expect(try store.list().problems.count == 1)
    }

    @Test func aFileOverTheLimitIsRefusedWithTheLimit() throws {
        let (folder, store) = try store()
        let path = "\(folder.path)/huge-2011.json"
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        #expect(truncate(path, off_t(ReadLimit.standard + 1)) == 0)  // sparse: 16 MB + 1 byte of zeros
        let error = try #require(throws: StoreError.self) { try store.load("huge-2011") }
        #expect(error.problem == .unreadable(FileSystemError(path: path, reason: .tooLarge(limit: 16 * 1024 * 1024))))
        #expect(try store.check().errors.map(\.problem) == [error.problem])
    }

    @Test func aSymlinkLoopAsTheStoreIsNamedAsSuch() throws {
        let folder = TemporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: "\(folder.path)/a", withDestinationPath: "\(folder.path)/b")
        try FileManager.default.createSymbolicLink(atPath: "\(folder.path)/b", withDestinationPath: "\(folder.path)/a")
        let store = AgreementStore(root: "\(folder.path)/a")
        let error = try #require(throws: StoreError.self) { try store.verifyReadable() }
        guard case .storeUnusable(let fs) = error.problem else { Issue.record("\(error.problem)"); return }
        #expect(fs.reason == .symlinkLoop)
        #expect(throws: StoreError.self) { try store.list() }
    }

    @Test func initFailsClearlyOnAFileInTheWay() throws {
        let folder = TemporaryFolder()
        folder.write("not-a-folder", "x")
        let error = try #require(throws: StoreError.self) { try AgreementStore(root: "\(folder.path)/not-a-folder").create() }
        guard case .cannotCreateStore(let fs) = error.problem else { Issue.record("\(error.problem)"); return }
        #expect(fs.reason == .notADirectory)
    }

    @Test func initFailsClearlyOnAFolderThatCannotBeWritten() throws {
        let folder = TemporaryFolder()
        let fs = FailingFileSystemTests.FlakyFileSystem()
        fs.failing = EROFS
        let error = try #require(throws: StoreError.self) { try AgreementStore(root: folder.path, fileSystem: fs).create() }
        guard case .storeNotWritable(let cause) = error.problem else { Issue.record("\(error.problem)"); return }
        #expect(cause.reason == .readOnlyFileSystem)
    }

    @Test func keysWrittenWithEscapesAreComparedAsTheKeysTheyAre() {
        let same = JSONLocator.parse(Data(#"{"ph\u0061se": 1, "phase": 2}"#.utf8), tree: false)
        #expect(same.strictProblem?.problem == .duplicateKey("phase"))
        let different = JSONLocator.parse(Data(#"{"\u00e6": 1, "\u00f8": 2, "\ud83d\ude00": 3, "😀x": 4}"#.utf8), tree: false)
        #expect(different.strictProblem == nil)
        let pair = JSONLocator.parse(Data(#"{"\ud83d\ude00": 1, "😀": 2}"#.utf8), tree: false)
        #expect(pair.strictProblem?.problem == .duplicateKey("😀"))
    }

    @Test func keysAreComparedAsBytesInSmallObjectsAndAsTextsInLargeOnes() {
        func problem(_ json: String) -> (Int, Int, StoreError.Problem)? {
            JSONLocator.parse(Data(json.utf8), tree: false).strictProblem.map { ($0.position.line, $0.position.column, $0.problem) }
        }
        #expect(problem(#"{"ab": 1, "a": 2, "b": 3, "ba": 4}"#) == nil, "a key that begins another is not the same key")
        let twice = try? #require(problem("{\"æ\": 1,\n \"æ\": 2}"))
        #expect(twice?.0 == 2 && twice?.1 == 2 && twice?.2 == .duplicateKey("æ"), "at the second key, columns counted in characters")
        #expect(problem(#"{"a\"b": 1, "a\"b": 2}"#)?.2 == .duplicateKey("a\"b"))
        let many = (0..<40).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
        #expect(problem("{" + many + "}") == nil)
        #expect(problem("{" + many + #", "k3": 0}"#)?.2 == .duplicateKey("k3"), "past 16 keys, compared as texts")
        #expect(problem("{" + many + #", "k\u0033": 0}"#)?.2 == .duplicateKey("k3"))
        #expect(problem(#"{"æøå":x}"#).map { [$0.0, $0.1] } == [1, 8], "the position after a plain key")
    }

    @Test(arguments: [
        ("duplicate key", "\"phase\" : \"followUp\"", "\"phase\" : \"agreement\",\n    \"phase\" : \"followUp\"", StoreError.Problem.duplicateKey("phase")),
        ("trailing comma", "\"phase\" : \"followUp\"", "\"phase\" : \"followUp\",\n  }, \"x\": {", StoreError.Problem.syntax(.trailingComma)),
        ("1e400", "\"year\" : 2011", "\"year\" : 1e400", StoreError.Problem.syntax(.numberOutOfRange("1e400"))),
    ])
    func oneParserOneVerdictForLoadListAndCheck(name: String, old: String, new: String, problem: StoreError.Problem) throws {
        let (folder, store) = try store()
        let original = try #require(folder.text("testskole-2011.json"))
        let text = original.replacingOccurrences(of: old, with: new)
        #expect(text != original, "\(name): the edit applies")
        folder.write("testskole-2011.json", text)
        let loaded = try #require(throws: StoreError.self) { try store.load("testskole-2011") }
        #expect(loaded.problem == problem, "\(name)")
        // The position is the offending key's or value's own.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(loaded.line)
        let marker = name == "1e400" ? "1e400" : name == "duplicate key" ? "\"phase\" : \"followUp\"" : "}, \"x\""
        #expect(lines[line - 1].contains(marker), "\(name): line \(line) is «\(lines[line - 1])»")
        let listed = try store.list()
        #expect(listed.summaries.isEmpty, "\(name): list shows what load refuses")
        #expect(listed.problems.map(\.location) == [loaded.location], "\(name)")
        let report = try store.check()
        #expect(report.errors.first?.location == loaded.location, "\(name)")
        #expect(report.errors.first?.problem == problem, "\(name)")
        #expect(folder.text("testskole-2011.json") == text, "never rewritten")
    }
}
