import AgreementKit
@testable import AgreementStore
import Foundation
import Synchronization
import Testing

@Suite("The store's index: listing without decoding every agreement")
struct IndexTests {
    /// A file system that counts reads of agreement files.
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
        func list(_ directory: String) throws(FileSystemError) -> [String] { try live.list(directory) }
        func info(_ path: String, followingLinks: Bool) throws(FileSystemError) -> FileInfo { try live.info(path, followingLinks: followingLinks) }
        func createDirectory(_ path: String, permissions: UInt32) throws(FileSystemError) { try live.createDirectory(path, permissions: permissions) }
        func remove(_ path: String) throws(FileSystemError) { try live.remove(path) }
        func setPermissions(_ path: String, _ permissions: UInt32) throws(FileSystemError) { try live.setPermissions(path, permissions) }
    }

    private func store(with count: Int) throws -> (TemporaryFolder, CountingFileSystem, AgreementStore) {
        let folder = TemporaryFolder()
        let fs = CountingFileSystem()
        // Saves here leave the index alone, so listings build it from the files (IndexDeltaTests has the saves' own entries).
        var store = AgreementStore(root: folder.path, fileSystem: fs)
        store.indexing = .off
        for i in 0..<count {
            var agreement = Fixtures.agreement
            agreement.id = "enhet-\(i)-2011"
            agreement.header.unit = "Enhet \(i)"
            try store.save(agreement)
        }
        fs.agreementReads = 0  // saving reads the private file to see whether section 4 changed
        return (folder, fs, store)
    }

    @Test func aSecondListingReadsNoAgreement() throws {
        let (folder, fs, store) = try store(with: 5)
        defer { withExtendedLifetime(folder) {} }
        #expect(try store.list().summaries.count == 5)
        #expect(fs.agreementReads == 5)
        #expect(folder.names().contains(".index.json"))
        fs.agreementReads = 0
        #expect(try store.list().summaries.count == 5)
        #expect(fs.agreementReads == 0)
    }

    @Test func aStoreWithoutItsIndexIsReadSideBySideAndListsAsOneReaderWould() throws {
        let count = 48
        let (folder, fs, store) = try store(with: count)
        defer { withExtendedLifetime(folder) {} }
        // Two files no listing can use: one cut short, one that names another agreement.
        let cut = store.path(of: "enhet-7-2011"), other = store.path(of: "enhet-30-2011")
        try Data("{\n  \"agreement\" : {".utf8).write(to: URL(fileURLWithPath: cut))
        try FileManager.default.removeItem(atPath: other)
        try FileManager.default.copyItem(atPath: store.path(of: "enhet-31-2011"), toPath: other)
        let listed = try store.list()
        let expected = Set((0..<count).filter { $0 != 7 && $0 != 30 }.map { "enhet-\($0)-2011" })
        #expect(listed.summaries.count == expected.count && Set(listed.summaries.map(\.id)) == expected)
        #expect(listed.summaries.allSatisfy { $0.unit == "Enhet \($0.id.split(separator: "-")[1])" }, "each summary is its own file's")
        #expect(Set(listed.problems.map(\.file)) == [cut, other])
        #expect(listed.problems.contains { if case .idMismatch(found: "enhet-31-2011", expected: "enhet-30-2011") = $0.problem { true } else { false } })
        #expect(fs.agreementReads == count)
        fs.agreementReads = 0
        let again = try store.list()
        #expect(again.summaries.map(\.id) == listed.summaries.map(\.id), "the same order from the index")
        #expect(fs.agreementReads == 2, "only the two bad files are tried again")
    }

    @Test func aListingThatMustReadManyFilesSaysSoBeforeItReadsThem() throws {
        let (folder, fs, store) = try store(with: AgreementStore.announcedReads)
        defer { withExtendedLifetime(folder) {} }
        var heard: [(count: Int, readsBefore: Int)] = []
        #expect(try store.list(announcing: { heard.append(($0, fs.agreementReads)) }).summaries.count == AgreementStore.announcedReads)
        #expect(heard.map(\.count) == [AgreementStore.announcedReads])
        #expect(heard.first?.readsBefore == 0, "said before the first file is read")
        heard = []
        _ = try store.list(announcing: { heard.append(($0, 0)) })
        #expect(heard.isEmpty, "from the index: nothing to say")
        var agreement = try store.load("enhet-3-2011")
        agreement.phase = .assessment
        try store.save(agreement)
        _ = try store.list(announcing: { heard.append(($0, 0)) })
        #expect(heard.isEmpty, "one file to read: nothing to say")
    }

    @Test func aChangedFileIsReReadAndTheIndexHeals() throws {
        let (folder, fs, store) = try store(with: 3)
        defer { withExtendedLifetime(folder) {} }
        _ = try store.list()
        var agreement = try store.load("enhet-1-2011")
        agreement.phase = .assessment
        try store.save(agreement)
        fs.agreementReads = 0
        let summaries = try store.list().summaries
        #expect(fs.agreementReads == 1)
        #expect(summaries.first { $0.id == "enhet-1-2011" }?.phase == .assessment)
    }

    @Test func aMissingOrCorruptIndexIsRebuilt() throws {
        let (folder, _, store) = try store(with: 2)
        defer { withExtendedLifetime(folder) {} }
        _ = try store.list()
        folder.write(".index.json", "{ not json")
        #expect(try store.list().summaries.count == 2)
        #expect(try StoreCoding.decode(StoreIndex.self, from: folder.bytes(".index.json")!).entries.count == 2)
        try FileManager.default.removeItem(atPath: folder.path + "/enhet-0-2011.json")
        #expect(try store.list().summaries.map(\.id) == ["enhet-1-2011"])
    }

    @Test func listingSortsUnitsTheNorwegianWay() throws {
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path)
        for (unit, year) in [("Åsen skole", 2011), ("Zebra barnehage", 2011), ("Ørnehaugen", 2011), ("Åsen skole", 2012)] {
            var agreement = Fixtures.agreement
            agreement.header.unit = unit
            agreement.header.year = year
            agreement.id = Slug.make(unit: unit, year: year)
            try store.save(agreement)
        }
        #expect(try store.list().summaries.map(\.id) == ["zebra-barnehage-2011", "ornehaugen-2011", "asen-skole-2012", "asen-skole-2011"])
    }

    @Test func hiddenPrivateAndTemporaryFilesAreNotAgreements() {
        #expect(StoreFiles.agreementID(fromFileName: "hoeggen-skole-2011.json") == "hoeggen-skole-2011")
        #expect(StoreFiles.agreementID(fromFileName: "hoeggen-skole-2011.private.json") == nil)
        #expect(StoreFiles.agreementID(fromFileName: ".index.json") == nil)
        #expect(StoreFiles.agreementID(fromFileName: ".hoeggen-skole-2011.json.tmp-123") == nil)
        #expect(StoreFiles.agreementID(fromFileName: "notes.txt") == nil)
    }

    @Test func storeLocationFollowsOptionThenVariableThenXDG() {
        #expect(StoreLocation.resolve(option: "/s", environment: ["LEDERAVTALE_STORE": "/e"]) == StoreLocation(path: "/s", isDefault: false))
        #expect(StoreLocation.resolve(option: nil, environment: ["LEDERAVTALE_STORE": "/e", "XDG_DATA_HOME": "/x"]) == StoreLocation(path: "/e", isDefault: false))
        #expect(StoreLocation.resolve(option: nil, environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"]) == StoreLocation(path: "/x/lederavtale", isDefault: true))
        #expect(StoreLocation.resolve(option: nil, environment: ["HOME": "/h"]) == StoreLocation(path: "/h/.local/share/lederavtale", isDefault: true))
    }
}
