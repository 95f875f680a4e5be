import AgreementKit
@testable import AgreementStore
import Foundation
import Testing

/// Locks that know their holder: boot id and process start time catch a reused process id or a
/// reboot; another machine's lock is respected until the user takes it over; `check` lists them.
@Suite("Locks: holders, reuse, other machines, take-over")
struct LockStateTests {
    private func lockJSON(host: String = AgreementLock.hostName(), pid: Int32, boot: String? = ProcessIdentity.bootID(), start: UInt64? = nil,
                          since: String = "2011-03-14T10:42:00+01:00") -> String {
        var fields = ["\"host\":\"\(host)\"", "\"pid\":\(pid)", "\"since\":\"\(since)\""]
        if let boot { fields.append("\"bootID\":\"\(boot)\"") }
        if let start { fields.append("\"processStart\":\(start)") }
        return "{" + fields.joined(separator: ",") + "}"
    }

    @Test func theLockRecordsHostProcessBootAndStartTimeAsSmallJSON() throws {
        let folder = TemporaryFolder()
        guard case .acquired(let lock) = AgreementLock.acquire(id: "x-2011", in: folder.path) else { Issue.record("not acquired"); return }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: lock.path))) as? [String: Any])
        #expect(object["host"] as? String == AgreementLock.hostName())
        #expect(object["pid"] as? Int == Int(getpid()))
        #expect(object["bootID"] as? String == ProcessIdentity.bootID())
        #expect((object["processStart"] as? Int).map(UInt64.init) == ProcessIdentity.startTime(of: getpid()))
        #expect(try Data(contentsOf: URL(fileURLWithPath: lock.path)).count < 512)
        lock.release()
    }

    @Test func aReusedProcessIDIsTakenOver() throws {
        let folder = TemporaryFolder()
        // PID 1 runs, but it started long before this made-up lock's holder did.
        let start = (ProcessIdentity.startTime(of: 1) ?? 0) + 12_345
        folder.write(".x-2011.lock", lockJSON(pid: 1, start: start))
        #expect(AgreementLock.status(id: "x-2011", in: folder.path)?.state == .processIDReused)
        guard case .acquired(let lock) = AgreementLock.acquire(id: "x-2011", in: folder.path) else { Issue.record("a reused pid blocks the agreement"); return }
        #expect(lock.info.pid == getpid())
    }

    @Test func aLockFromBeforeARebootIsTakenOver() throws {
        let folder = TemporaryFolder()
        folder.write(".x-2011.lock", lockJSON(pid: 1, boot: "00000000-0000-0000-0000-000000000000"))
        #expect(AgreementLock.status(id: "x-2011", in: folder.path)?.state == .previousBoot)
        guard case .acquired = AgreementLock.acquire(id: "x-2011", in: folder.path) else { Issue.record("a lock from before the reboot blocks"); return }
    }

    @Test func aLiveHolderWithTheSameStartTimeKeepsIt() throws {
        let folder = TemporaryFolder()
        folder.write(".x-2011.lock", lockJSON(pid: 1, start: ProcessIdentity.startTime(of: 1)))
        #expect(AgreementLock.status(id: "x-2011", in: folder.path)?.state == .live)
        guard case .heldElsewhere(let holder) = AgreementLock.acquire(id: "x-2011", in: folder.path) else { Issue.record("taken from a live holder"); return }
        #expect(holder.pid == 1)
    }

    @Test func anotherMachinesLockIsTakenOverOnlyWhenConfirmed() throws {
        let folder = TemporaryFolder()
        let foreign = lockJSON(host: "annen-maskin", pid: 15745, boot: "ffffffff-0000-0000-0000-000000000000")
        folder.write(".x-2011.lock", foreign)
        let status = try #require(AgreementLock.status(id: "x-2011", in: folder.path))
        #expect(status.state == .otherHost)
        let holder = try #require(status.holder)
        #expect(holder.age(at: try #require(ISOTimestamp.date("2011-03-14T12:42:00+01:00"))) == 7200)
        guard case .heldElsewhere = AgreementLock.acquire(id: "x-2011", in: folder.path) else { Issue.record("taken without asking"); return }
        // The user confirmed «Ta over låsen fra annen-maskin, prosess 15745 …?».
        let lock = try AgreementLock.takeOver(id: "x-2011", in: folder.path, from: holder)
        #expect(lock.info.pid == getpid())
        #expect(AgreementLock.status(id: "x-2011", in: folder.path)?.holder?.host == AgreementLock.hostName())
        #expect(folder.names() == [".x-2011.lock"], "nothing left aside")
    }

    @Test func aTakeOverFailsIfTheLockChangedHandsMeanwhile() throws {
        let folder = TemporaryFolder()
        folder.write(".x-2011.lock", lockJSON(host: "annen-maskin", pid: 15745))
        let seen = try #require(AgreementLock.status(id: "x-2011", in: folder.path)?.holder)
        folder.write(".x-2011.lock", lockJSON(host: "tredje-maskin", pid: 99))
        let error = try #require(throws: StoreError.self) { try AgreementLock.takeOver(id: "x-2011", in: folder.path, from: seen) }
        guard case .lockChanged(let now) = error.problem else { Issue.record("\(error.problem)"); return }
        #expect(now.host == "tredje-maskin")
        #expect(AgreementLock.status(id: "x-2011", in: folder.path)?.holder?.host == "tredje-maskin", "the new holder keeps it")
    }

    @Test func aLockOfTheOldFormatStillWorks() throws {
        let folder = TemporaryFolder()
        folder.write(".x-2011.lock", #"{"host":"\#(AgreementLock.hostName())","pid":999999,"since":"2011-03-14T10:42:00+01:00"}"#)
        #expect(AgreementLock.status(id: "x-2011", in: folder.path)?.state == .dead)
    }

    @Test func checkListsEveryLockWithItsState() throws {
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path)
        try store.save(Fixtures.agreement)
        folder.write(".testskole-2011.lock", lockJSON(host: "annen-maskin", pid: 15745))
        folder.write(".b-2011.lock", "{ halv")
        let locks = try store.check().locks
        #expect(locks.map(\.id) == ["b-2011", "testskole-2011"])
        #expect(locks.map(\.state) == [.unreadable, .otherHost])
        #expect(folder.text(".testskole-2011.lock")?.contains("annen-maskin") == true, "check changes nothing")
    }
}
