import AgreementKit
@testable import AgreementStore
import Foundation
import Testing

@Suite("Locks, stale temporary files and changes made by others")
struct LockTests {
    @Test func oneSessionHoldsTheLockAndReleasingFreesIt() throws {
        let folder = TemporaryFolder()
        guard case .acquired(let lock) = AgreementLock.acquire(id: "x-2011", in: folder.path) else { Issue.record("not acquired"); return }
        #expect(folder.names() == [".x-2011.lock"])
        let info = try #require(AgreementLock.read(lock.path))
        #expect(info.pid == getpid())
        lock.release()
        lock.release()
        #expect(folder.names().isEmpty)
    }

    @Test func aLiveHolderOnThisHostKeepsItAndADeadOneLosesIt() throws {
        let folder = TemporaryFolder()
        let host = AgreementLock.hostName()
        // PID 1 is always alive.
        folder.write(".x-2011.lock", #"{"host":"\#(host)","pid":1,"since":"2011-03-14T10:42:00+01:00"}"#)
        guard case .heldElsewhere(let holder) = AgreementLock.acquire(id: "x-2011", in: folder.path) else { Issue.record("taken from a live holder"); return }
        #expect(holder.pid == 1)
        #expect(holder.host == host && holder.since == "2011-03-14T10:42:00+01:00")
        folder.write(".x-2011.lock", #"{"host":"\#(host)","pid":999999,"since":"2011-03-14T10:42:00+01:00"}"#)
        guard case .acquired = AgreementLock.acquire(id: "x-2011", in: folder.path) else { Issue.record("stale lock not taken over"); return }
    }

    @Test func aLockFromAnotherHostIsRespectedAndAGarbledOneReplaced() throws {
        let folder = TemporaryFolder()
        folder.write(".x-2011.lock", #"{"host":"annen-maskin","pid":999999,"since":"2011-03-14T10:42:00+01:00"}"#)
        guard case .heldElsewhere = AgreementLock.acquire(id: "x-2011", in: folder.path) else { Issue.record("another host's lock was taken"); return }
        folder.write(".y-2011.lock", "{ halv")
        guard case .acquired = AgreementLock.acquire(id: "y-2011", in: folder.path) else { Issue.record("garbled lock kept"); return }
    }

    @Test func staleTemporaryFilesAreRemovedAndRecentOnesKept() throws {
        let folder = TemporaryFolder()
        folder.write(".a-2011.json.tmp-k3v9x2", "{")
        folder.write(".a-2011.json.tmp-fresh1", "{")
        folder.write("a-2011.json", "{}")
        // An hour old: a save that died. The other was written just now (a save in progress elsewhere).
        var old = [timespec(tv_sec: time(nil) - 3600, tv_nsec: 0), timespec(tv_sec: time(nil) - 3600, tv_nsec: 0)]
        utimensat(AT_FDCWD, "\(folder.path)/.a-2011.json.tmp-k3v9x2", &old, 0)
        let removed = AgreementStore(root: folder.path).removeStaleTemporaryFiles()
        #expect(removed == [".a-2011.json.tmp-k3v9x2"])
        #expect(folder.names() == [".a-2011.json.tmp-fresh1", "a-2011.json"])
    }

    @Test func cleaningNeverRemovesALinkOrAFolderNamedLikeATemporaryFile() throws {
        let folder = TemporaryFolder()
        let victim = TemporaryFolder()
        victim.write("precious.txt", "keep me")
        try FileManager.default.createSymbolicLink(atPath: "\(folder.path)/.a.json.tmp-link", withDestinationPath: "\(victim.path)/precious.txt")
        try FileManager.default.createDirectory(atPath: "\(folder.path)/.b.json.tmp-dir", withIntermediateDirectories: false)
        let removed = AgreementStore(root: folder.path).removeStaleTemporaryFiles(minimumAge: 0)
        #expect(removed.isEmpty)
        #expect(folder.names() == [".a.json.tmp-link", ".b.json.tmp-dir"].sorted())
        #expect(victim.text("precious.txt") == "keep me")
    }

    @Test func aSaveIsRefusedWhenTheFileChangedSinceItWasRead() throws {
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path)
        let stamp = try #require(try store.save(Fixtures.agreement))
        var changed = Fixtures.agreement
        changed.header.leader = "Kari"
        let next = try #require(try store.save(changed, expecting: stamp))
        // Someone else writes the file.
        Thread.sleep(forTimeInterval: 0.01)
        let text = try #require(folder.text("testskole-2011.json")).replacingOccurrences(of: "Kari", with: "Ola")
        folder.write("testskole-2011.json", text)
        changed.header.leader = "Kari Nordmann"
        let error = try #require(throws: StoreError.self) { try store.save(changed, expecting: next) }
        #expect(error.changedOnDisk)
        #expect(folder.text("testskole-2011.json") == text)
        try store.save(changed)
        #expect(try store.load("testskole-2011").header.leader == "Kari Nordmann", "overwriting is an explicit choice")
    }
}
