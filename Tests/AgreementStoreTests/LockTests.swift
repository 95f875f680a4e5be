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
        #expect(holder.readOnlyReason == "skrivebeskyttet – åpen i en annen økt (\(host), prosess 1, siden 14.03.2011 10:42)")
        folder.write(".x-2011.lock", #"{"host":"\#(host)","pid":999999,"since":"2011-03-14T10:42:00+01:00"}"#)
        guard case .acquired = AgreementLock.acquire(id: "x-2011", in: folder.path) else { Issue.record("stale lock not taken over"); return }
    }

    @Test func aLockFromAnotherHostIsRespectedAndAGarbledOneReplaced() {
        let folder = TemporaryFolder()
        folder.write(".x-2011.lock", #"{"host":"annen-maskin","pid":999999,"since":"2011-03-14T10:42:00+01:00"}"#)
        guard case .heldElsewhere = AgreementLock.acquire(id: "x-2011", in: folder.path) else { Issue.record("another host's lock was taken"); return }
        folder.write(".y-2011.lock", "{ halv")
        guard case .acquired = AgreementLock.acquire(id: "y-2011", in: folder.path) else { Issue.record("garbled lock kept"); return }
    }

    @Test func staleTemporaryFilesAreRemovedAndLiveOnesKept() {
        let folder = TemporaryFolder()
        folder.write(".a-2011.json.tmp-999999", "{")
        folder.write(".a-2011.json.tmp-1", "{")
        folder.write("a-2011.json", "{}")
        let removed = AgreementStore(root: folder.path).removeStaleTemporaryFiles()
        #expect(removed == [".a-2011.json.tmp-999999"])
        #expect(folder.names() == [".a-2011.json.tmp-1", "a-2011.json"])
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
