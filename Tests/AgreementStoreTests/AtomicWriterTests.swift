@testable import AgreementStore
import Foundation
import Testing

/// The one writer: exclusive, unpredictable temporary names; links, devices, FIFOs and read-only
/// files treated as the user would expect; new files never replace anything.
@Suite("The atomic writer: hostile targets and planted links")
struct AtomicWriterTests {
    private func mode(_ path: String) -> UInt32? { LiveFileSystem().mode(path) }

    @Test func temporaryNamesAreUnpredictable() {
        let suffixes = (0..<10_000).map { _ in AtomicWriter.randomSuffix() }
        #expect(Set(suffixes).count == suffixes.count)
        #expect(suffixes.allSatisfy { $0.count == 12 && $0.allSatisfy { $0.isLowercase || $0.isNumber } })
    }

    @Test func aSymlinkPlantedAtEveryOldPredictableNameIsNeverFollowed() throws {
        // Before: `.<name>.tmp-<pid>` with O_CREAT|O_TRUNC followed a planted link and overwrote its target.
        let folder = TemporaryFolder(), victim = TemporaryFolder()
        victim.write("secret.txt", "the other user's file")
        let target = "\(folder.path)/a-2011.json"
        for pid in [getpid()] + Array(Int32(1)...Int32(300)) {
            try FileManager.default.createSymbolicLink(atPath: "\(folder.path)/.a-2011.json.tmp-\(pid)", withDestinationPath: "\(victim.path)/secret.txt")
        }
        try LiveFileSystem().write(Data("{\"new\": 1}\n".utf8), to: target, options: .agreementFile)
        #expect(victim.text("secret.txt") == "the other user's file")
        #expect(folder.text("a-2011.json") == "{\"new\": 1}\n")
        #expect(victim.names() == ["secret.txt"])
    }

    @Test func theTemporaryFileIsCreatedExclusivelyAndNeverThroughALink() throws {
        // O_EXCL|O_NOFOLLOW by trying: open() as the writer calls it fails on a planted link and
        // on an existing file, instead of following or truncating.
        let folder = TemporaryFolder(), victim = TemporaryFolder()
        victim.write("secret.txt", "keep")
        let planted = "\(folder.path)/.x.json.tmp-planted"
        try FileManager.default.createSymbolicLink(atPath: planted, withDestinationPath: "\(victim.path)/secret.txt")
        let fd = open(planted, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        #expect(fd == -1 && errno == EEXIST)
        #expect(victim.text("secret.txt") == "keep")
        // And the writer leaves nothing behind but its target.
        try LiveFileSystem().write(Data("x".utf8), to: "\(folder.path)/x.json", options: .agreementFile)
        #expect(folder.names() == [".x.json.tmp-planted", "x.json"])
    }

    @Test func aReplacedFileKeepsItsModeAndAPrivateFileIsAlways0600() throws {
        let folder = TemporaryFolder()
        let path = "\(folder.path)/a.json"
        folder.write("a.json", "old")
        chmod(path, 0o640)
        try LiveFileSystem().write(Data("new".utf8), to: path, options: .agreementFile)
        #expect(mode(path) == 0o640)
        chmod(path, 0o644)
        try LiveFileSystem().write(Data("private".utf8), to: path, options: .privateFile)
        #expect(mode(path) == 0o600)
    }

    @Test func aReadOnlyFileIsRefusedAndLeftAsItWas() throws {
        let folder = TemporaryFolder()
        let path = "\(folder.path)/a.json"
        folder.write("a.json", "agreed")
        chmod(path, 0o444)
        let error = try #require(throws: FileSystemError.self) { try LiveFileSystem().write(Data("changed".utf8), to: path, options: .agreementFile) }
        #expect(error.reason == .readOnlyFile)
        #expect(error.path == path)
        #expect(folder.text("a.json") == "agreed")
        #expect(mode(path) == 0o444)
        #expect(folder.names() == ["a.json"], "no temporary file left")
    }

    @Test func aSymlinkedAgreementIsFollowedToItsFileWhichIsReplacedInItsOwnFolder() throws {
        let store = TemporaryFolder(), repository = TemporaryFolder()
        repository.write("a.json", "old")
        chmod("\(repository.path)/a.json", 0o640)
        try FileManager.default.createSymbolicLink(atPath: "\(store.path)/a.json", withDestinationPath: "\(repository.path)/a.json")
        let written = try LiveFileSystem().write(Data("new".utf8), to: "\(store.path)/a.json", options: .agreementFile)
        #expect(written == "\(repository.path)/a.json")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: "\(store.path)/a.json") == "\(repository.path)/a.json", "the link is still a link")
        #expect(repository.text("a.json") == "new")
        #expect(mode("\(repository.path)/a.json") == 0o640)
    }

    @Test func theStoresOwnFilesReplaceALinkInsteadOfFollowingIt() throws {
        let folder = TemporaryFolder(), victim = TemporaryFolder()
        victim.write("x", "keep")
        try FileManager.default.createSymbolicLink(atPath: "\(folder.path)/.index.json", withDestinationPath: "\(victim.path)/x")
        try LiveFileSystem().write(Data("{}".utf8), to: "\(folder.path)/.index.json", options: .internalFile(permissions: 0o644))
        #expect(victim.text("x") == "keep")
        #expect(try LiveFileSystem().info("\(folder.path)/.index.json", followingLinks: false).kind == .regular)
    }

    @Test func aDeviceIsWrittenToDirectlyAndNeverReplaced() throws {
        let error = try #require(throws: FileSystemError.self) {
            try LiveFileSystem().write(Data("x".utf8), to: "/dev/full", options: .userFile(permissions: 0o644))
        }
        #expect(error.reason == .diskFull)
        #expect(try LiveFileSystem().info("/dev/full", followingLinks: false).kind == .characterDevice)
        try LiveFileSystem().write(Data("x".utf8), to: "/dev/null", options: .userFile(permissions: 0o644))
        #expect(try LiveFileSystem().info("/dev/null", followingLinks: false).kind == .characterDevice)
        // A store file is never a device: refused.
        let refused = try #require(throws: FileSystemError.self) { try LiveFileSystem().write(Data("x".utf8), to: "/dev/null", options: .agreementFile) }
        #expect(refused.reason == .notRegularFile(.characterDevice))
    }

    @Test func aFIFOWithoutAReaderIsRefusedAtOnceAndStaysAFIFO() throws {
        let folder = TemporaryFolder()
        let fifo = "\(folder.path)/ut.md"
        #expect(mkfifo(fifo, 0o644) == 0)
        let started = ContinuousClock.now
        let error = try #require(throws: FileSystemError.self) { try LiveFileSystem().write(Data("x".utf8), to: fifo, options: .userFile(permissions: 0o644)) }
        #expect(error.reason == .noReader)
        #expect(ContinuousClock.now - started < .seconds(2), "never blocks")
        #expect(try LiveFileSystem().info(fifo, followingLinks: false).kind == .fifo)
    }

    @Test func aNewFileNeverReplacesAFileALinkOrAFolder() throws {
        let folder = TemporaryFolder()
        folder.write("taken.md", "mine")
        try FileManager.default.createSymbolicLink(atPath: "\(folder.path)/dangling.md", withDestinationPath: "\(folder.path)/nowhere")
        try FileManager.default.createDirectory(atPath: "\(folder.path)/dir.md", withIntermediateDirectories: false)
        for name in ["taken.md", "dangling.md", "dir.md"] {
            let error = try #require(throws: FileSystemError.self) {
                try LiveFileSystem().write(Data("new".utf8), to: "\(folder.path)/\(name)", options: .newFile(permissions: 0o644))
            }
            #expect(error.reason == .exists, "\(name)")
        }
        #expect(folder.text("taken.md") == "mine")
        #expect(!FileManager.default.fileExists(atPath: "\(folder.path)/nowhere"))
        #expect(folder.names() == ["dangling.md", "dir.md", "taken.md"])
    }

    @Test func twoWritersOfOneNewFileNeverBothWin() async throws {
        let folder = TemporaryFolder()
        for round in 0..<20 {
            let path = "\(folder.path)/referat-\(round).md"
            let wins = await withTaskGroup(of: Bool.self) { group in
                for writer in 0..<4 {
                    group.addTask { (try? LiveFileSystem().write(Data("writer \(writer)".utf8), to: path, options: .newFile(permissions: 0o644))) != nil }
                }
                var count = 0
                for await won in group where won { count += 1 }
                return count
            }
            #expect(wins == 1, "round \(round)")
        }
    }

    @Test func errorsNameTheFileAskedForNeverTheTemporaryFile() throws {
        let folder = TemporaryFolder()
        let path = "\(folder.path)/missing/kopi.json"
        let error = try #require(throws: StoreError.self) { try AgreementStore(root: folder.path).writeNewFile(Data("x".utf8), to: path, permissions: 0o600) }
        #expect(error.file == path)
        #expect(error.fileSystemError?.path == path)
        #expect(error.fileSystemError?.reason == .notFound)
    }

    @Test func theNextFreeNameIsProposed() throws {
        let folder = TemporaryFolder()
        let path = "\(folder.path)/hoeggen-skole-2011.html"
        #expect(OutputPaths.nextFree(path) == path)
        folder.write("hoeggen-skole-2011.html", "1")
        #expect(OutputPaths.nextFree(path) == "\(folder.path)/hoeggen-skole-2011-2.html")
        folder.write("hoeggen-skole-2011-2.html", "2")
        #expect(OutputPaths.nextFree(path) == "\(folder.path)/hoeggen-skole-2011-3.html")
        #expect(OutputPaths.nextFree("README") == "README" || OutputPaths.nextFree("README") == "README-2")
    }

    @Test func aLinkLoopAtTheTargetIsNamed() throws {
        let folder = TemporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: "\(folder.path)/a.json", withDestinationPath: "\(folder.path)/b.json")
        try FileManager.default.createSymbolicLink(atPath: "\(folder.path)/b.json", withDestinationPath: "\(folder.path)/a.json")
        let error = try #require(throws: FileSystemError.self) { try LiveFileSystem().write(Data("x".utf8), to: "\(folder.path)/a.json", options: .agreementFile) }
        #expect(error.reason == .symlinkLoop)
    }
}
