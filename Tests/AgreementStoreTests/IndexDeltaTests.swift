import AgreementKit
@testable import AgreementStore
import Dispatch
import Foundation
import Synchronization
import Testing

/// Saves keep the index current through its delta; listings never trust an entry whose stamp is
/// not the file's; concurrent saves lose no entry.
@Suite("The index kept current by saves")
struct IndexDeltaTests {
    /// Counts reads of agreement files (not of the index, its delta or private files).
    final class CountingFileSystem: FileSystem, @unchecked Sendable {
        let live = LiveFileSystem()
        let reads = Mutex(0)
        var agreementReads: Int {
            get { reads.withLock { $0 } }
            set { reads.withLock { $0 = newValue } }
        }
        func read(_ path: String, limit: Int) throws(FileSystemError) -> Data {
            if StoreFiles.agreementID(fromFileName: String(path.split(separator: "/").last ?? "")) != nil { reads.withLock { $0 += 1 } }
            return try live.read(path, limit: limit)
        }
        func write(_ data: Data, to path: String, options: WriteOptions) throws(FileSystemError) -> String { try live.write(data, to: path, options: options) }
        func writeStamped(_ data: Data, to path: String, options: WriteOptions) throws(FileSystemError) -> FileStamp? { try live.writeStamped(data, to: path, options: options) }
        func list(_ directory: String) throws(FileSystemError) -> [String] { try live.list(directory) }
        func info(_ path: String, followingLinks: Bool) throws(FileSystemError) -> FileInfo { try live.info(path, followingLinks: followingLinks) }
        func createDirectory(_ path: String, permissions: UInt32) throws(FileSystemError) { try live.createDirectory(path, permissions: permissions) }
        func remove(_ path: String) throws(FileSystemError) { try live.remove(path) }
        func setPermissions(_ path: String, _ permissions: UInt32) throws(FileSystemError) { try live.setPermissions(path, permissions) }
    }

    private func agreement(_ i: Int, unit: String? = nil) -> Agreement {
        var agreement = Fixtures.agreement
        agreement.id = "enhet-\(i)-2011"
        agreement.header.unit = unit ?? "Enhet \(i)"
        return agreement
    }

    @Test func aSavedAgreementListsWithoutItsFileBeingRead() throws {
        let folder = TemporaryFolder()
        let fs = CountingFileSystem()
        let store = AgreementStore(root: folder.path, fileSystem: fs)
        for i in 0..<3 { try store.save(agreement(i)) }
        #expect(folder.names().contains(".index.delta.json"))
        fs.agreementReads = 0
        let listed = try store.list()
        #expect(listed.summaries.map(\.unit) == ["Enhet 0", "Enhet 1", "Enhet 2"])
        #expect(fs.agreementReads == 0)
        #expect(listed.summaries[0].overview == OverviewFacts(agreement(0)), "the overview's facts are in the index")
    }

    @Test func theSavedStampIsTheWrittenFilesEvenWhenReplacedAtOnce() throws {
        let folder = TemporaryFolder()
        let path = folder.path + "/a.json"
        let first = try AtomicWriter.writeStamped(Data("{\"a\":1}".utf8), to: path, options: .agreementFile)
        #expect(first.stamp == LiveFileSystem().stamp(path))
        let second = try AtomicWriter.writeStamped(Data("{\"a\":22}".utf8), to: path, options: .agreementFile)
        #expect(second.stamp == LiveFileSystem().stamp(path))
        #expect(first.stamp != LiveFileSystem().stamp(path), "the first stamp names the first file, not whatever replaced it")
    }

    @Test func batchedSavesWriteTheDeltaOnceWhenFlushed() throws {
        let folder = TemporaryFolder()
        let fs = CountingFileSystem()
        var store = AgreementStore(root: folder.path, fileSystem: fs)
        store.indexing = .batched
        for unit in ["Først", "Så", "Til slutt"] { try store.save(agreement(1, unit: unit)) }
        try store.save(agreement(2))
        #expect(!folder.names().contains(".index.delta.json"), "kept in memory while the agreement is open")
        store.flushIndex()
        let delta = try #require(store.readIndex(store.indexDeltaPath))
        #expect(delta.entries.keys.sorted() == ["enhet-1-2011", "enhet-2-2011"])
        #expect(delta.entries["enhet-1-2011"]?.summary.unit == "Til slutt", "the last save of each")
        fs.agreementReads = 0
        #expect(try store.list().summaries.map(\.unit) == ["Enhet 2", "Til slutt"])
        #expect(fs.agreementReads == 0)
        store.flushIndex()  // nothing kept: nothing written
        #expect(!folder.names().contains(".index.delta.json"), "the listing folded the delta in; a flush with nothing kept writes none")
    }

    @Test func aBatchedStoresOwnListingWritesWhatItKeptFirst() throws {
        let folder = TemporaryFolder()
        let fs = CountingFileSystem()
        var store = AgreementStore(root: folder.path, fileSystem: fs)
        store.indexing = .batched
        for i in 0..<3 { try store.save(agreement(i)) }
        _ = try store.list()
        try store.save(agreement(1, unit: "Endret"))
        fs.agreementReads = 0
        #expect(try store.list().summaries.map(\.unit) == ["Endret", "Enhet 0", "Enhet 2"])
        #expect(fs.agreementReads == 0, "the kept summary, not the file")
    }

    @Test func aSessionThatDiesBeforeFlushingLeavesAStaleEntryThatIsNeverUsed() throws {
        let folder = TemporaryFolder()
        var session = AgreementStore(root: folder.path)
        session.indexing = .batched
        try session.save(agreement(1, unit: "Før"))
        session.flushIndex()
        try session.save(agreement(1, unit: "Etter"))  // the session dies here: never flushed
        let fs = CountingFileSystem()
        let next = AgreementStore(root: folder.path, fileSystem: fs)
        #expect(try next.list().summaries.map(\.unit) == ["Etter"])
        #expect(fs.agreementReads == 1, "the one stale entry is read from its file")
    }

    @Test func anEntryWhoseStampIsNotTheFilesIsNeverUsed() throws {
        let folder = TemporaryFolder()
        let fs = CountingFileSystem()
        let store = AgreementStore(root: folder.path, fileSystem: fs)
        try store.save(agreement(1))
        _ = try store.list()
        try store.save(agreement(1, unit: "Fra økten"))
        // Someone else writes the file behind the store's back (git pull, another machine).
        var other = agreement(1, unit: "Fra git")
        other.phase = .assessment
        var bypass = AgreementStore(root: folder.path)
        bypass.indexing = .off
        try bypass.save(other)
        fs.agreementReads = 0
        let listed = try store.list().summaries
        #expect(listed.map(\.unit) == ["Fra git"] && listed[0].phase == .assessment)
        #expect(fs.agreementReads == 1)
        fs.agreementReads = 0
        #expect(try store.list().summaries.map(\.unit) == ["Fra git"])
        #expect(fs.agreementReads == 0, "the healed index is written back")
    }

    @Test func aFullDeltaTakesNoMoreAndTheNextListingFoldsItIn() throws {
        let folder = TemporaryFolder()
        let fs = CountingFileSystem()
        let store = AgreementStore(root: folder.path, fileSystem: fs)
        let count = StoreIndex.deltaLimit + 4
        for i in 0..<count { try store.save(agreement(i)) }
        #expect(store.readIndex(store.indexDeltaPath)?.entries.count == StoreIndex.deltaLimit)
        fs.agreementReads = 0
        #expect(try store.list().summaries.count == count)
        #expect(fs.agreementReads == 4)
        #expect(!folder.names().contains(".index.delta.json"), "folded into the index")
        #expect(store.readIndex(store.indexPath)?.entries.count == count)
        try store.save(agreement(0, unit: "Endret"))
        fs.agreementReads = 0
        #expect(try store.list().summaries.contains { $0.unit == "Endret" })
        #expect(fs.agreementReads == 0)
    }

    @Test func concurrentSavesLoseNoEntry() throws {
        let folder = TemporaryFolder()
        let fs = CountingFileSystem()
        let store = AgreementStore(root: folder.path, fileSystem: fs)
        let writers = 8, rounds = 20
        for i in 0..<writers { try store.save(agreement(i)) }
        _ = try store.list()
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: writers) { i in
            for round in 1...rounds {
                do { try store.save(agreement(i, unit: "Enhet \(i) runde \(round)")) } catch {
                    failures.withLock { $0.append("\(error)") }
                }
            }
        }
        #expect(failures.withLock { $0 }.isEmpty)
        fs.agreementReads = 0
        let units = try store.list().summaries.map(\.unit).sorted()
        #expect(units == (0..<writers).map { "Enhet \($0) runde \(rounds)" }.sorted())
        #expect(fs.agreementReads == 0, "every writer's last save is in the delta")
    }

    @Test func theDeltaPutTogetherFromRememberedEntriesIsTheEncodersBytes() throws {
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path)
        for i in [3, 1, 12, 2] { try store.save(agreement(i, unit: "Enhet \(i) «æøå» \"sitat\"")) }
        let written = try #require(try? LiveFileSystem().read(store.indexDeltaPath, limit: 1 << 20))
        let index = try #require(store.readIndex(store.indexDeltaPath))
        #expect(index.entries.count == 4)
        #expect(written == (try StoreCoding.encodeCompact(index)))
        let encoded = try index.entries.mapValues { Array(try StoreJSONEncoder.encode($0, pretty: false)) }
        #expect(StoreIndex.compactFile(encodedEntries: encoded) == (try StoreCoding.encodeCompact(index)))
        #expect(StoreIndex.compactFile(encodedEntries: [:]) == (try StoreCoding.encodeCompact(StoreIndex())))
    }

    @Test func aDeltaWrittenByAnotherStoreIsReadNotOverwrittenFromMemory() throws {
        let folder = TemporaryFolder()
        let mine = AgreementStore(root: folder.path), theirs = AgreementStore(root: folder.path)
        try mine.save(agreement(1))
        try theirs.save(agreement(2))  // another process: its own memory of the delta
        try mine.save(agreement(3))
        #expect(store(folder).readIndex(mine.indexDeltaPath)?.entries.keys.sorted() == ["enhet-1-2011", "enhet-2-2011", "enhet-3-2011"])
        try theirs.save(agreement(2, unit: "Endret der"))
        try mine.save(agreement(1, unit: "Endret her"))
        let units = try mine.list().summaries.map(\.unit)
        #expect(units == ["Endret der", "Endret her", "Enhet 3"], "listed by unit")
        // The listing folded the delta away; the next save starts a new one with its entry alone.
        try mine.save(agreement(3, unit: "Ny delta"))
        #expect(store(folder).readIndex(mine.indexDeltaPath)?.entries.keys.sorted() == ["enhet-3-2011"])
        #expect(try theirs.list().summaries.map(\.unit) == ["Endret der", "Endret her", "Ny delta"])
    }

    private func store(_ folder: TemporaryFolder) -> AgreementStore { AgreementStore(root: folder.path) }

    @Test func aReadOnlyStoreStillLists() throws {
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path)
        try store.save(agreement(1))
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
        #expect(try store.list().summaries.map(\.id) == ["enhet-1-2011"])
    }
}
