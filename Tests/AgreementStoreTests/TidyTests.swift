import AgreementKit
@testable import AgreementStore
import Foundation
import Testing

@Suite("Keeping the list tidy: next year's link, rename, archive and the trash")
struct TidyTests {
    private func store() throws -> (TemporaryFolder, AgreementStore) {
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path)
        try store.installSamples()
        return (folder, store)
    }

    @Test func archivedAgreementsLeaveTheListAndComeBackWhole() throws {
        let (folder, store) = try store()
        try FileManager.default.createDirectory(atPath: folder.path + "/hoeggen-skole-2011", withIntermediateDirectories: true)
        folder.write("hoeggen-skole-2011/historikk.json", "{}")
        let before = (folder.bytes("hoeggen-skole-2011.json"), folder.bytes("hoeggen-skole-2011.private.json"))
        try store.archive("hoeggen-skole-2011")
        #expect(try store.list().summaries.map(\.id) == ["eide-barneskole-2013"])
        #expect(store.archivedIDs() == ["hoeggen-skole-2011"])
        #expect(store.archivedList().summaries.map(\.unit) == ["Hoeggen skole"])
        #expect(folder.bytes("archive/hoeggen-skole-2011.json") == before.0)
        #expect(folder.bytes("archive/hoeggen-skole-2011.private.json") == before.1)
        #expect(FileManager.default.fileExists(atPath: folder.path + "/archive/hoeggen-skole-2011/historikk.json"), "the companion folder goes along")
        let mode = try FileManager.default.attributesOfItem(atPath: folder.path + "/archive/hoeggen-skole-2011.private.json")[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try store.check().isClean)
        #expect(store.clash(with: "hoeggen-skole-2011") == .agreementExists("hoeggen-skole-2011", archived: true), "a new one may not take its id")
        try store.unarchive("hoeggen-skole-2011")
        #expect(try store.list().summaries.map(\.id).sorted() == ["eide-barneskole-2013", "hoeggen-skole-2011"])
        #expect(folder.bytes("hoeggen-skole-2011.json") == before.0)
        #expect(store.archivedIDs().isEmpty)
        #expect(throws: StartProblem.notArchived("hoeggen-skole-2011", known: [])) { try store.unarchive("hoeggen-skole-2011") }
    }

    @Test func deletingMovesTheFilesIntoAFolderOfTheirOwnInTheTrash() throws {
        let (folder, store) = try store()
        let bytes = folder.bytes("eide-barneskole-2013.json")
        let now = Date(timeIntervalSince1970: 1_323_072_000)
        let first = try store.trash("eide-barneskole-2013", now: now)
        #expect(first.hasPrefix(folder.path + "/trash/eide-barneskole-2013-"))
        #expect(FileManager.default.contents(atPath: first + "/eide-barneskole-2013.json") == bytes)
        #expect(FileManager.default.fileExists(atPath: first + "/eide-barneskole-2013.private.json"))
        #expect(try store.list().summaries.map(\.id) == ["hoeggen-skole-2011"])
        // The same id deleted again at the same second gets a folder of its own.
        _ = try store.newAgreement(header: AgreementHeader(municipality: "Eide kommune", unit: "Eide barneskole", serviceArea: "", year: 2013), templateName: nil)
        let second = try store.trash("eide-barneskole-2013", now: now)
        #expect(second != first && second.hasPrefix(first))
        #expect(try store.check().isClean, "nothing in trash/ is taken for an agreement")
    }

    @Test func anAgreementOpenElsewhereIsNeitherArchivedNorDeleted() throws {
        let (folder, store) = try store()
        folder.write(".hoeggen-skole-2011.lock", #"{"host":"\#(AgreementLock.hostName())","pid":1,"since":"2011-03-14T10:42:00+01:00"}"#)
        #expect(throws: StartProblem.self) { try store.archive("hoeggen-skole-2011") }
        #expect(throws: StartProblem.self) { try store.trash("hoeggen-skole-2011") }
        #expect(folder.bytes("hoeggen-skole-2011.json") != nil)
        #expect(store.archivedIDs().isEmpty)
    }

    @Test func renamingMovesTheFilesAndNextYearsLinksFollow() throws {
        let (folder, store) = try store()
        let source = try store.load("hoeggen-skole-2011")
        let next = Rollover(from: source, template: nil).make(unmetNote: { _, _ in "" }, newID: { ItemID.random() })
        try store.saveNew(next)
        #expect(store.nextYear(of: source) == "hoeggen-skole-2012")
        var renamed = source
        renamed.renameUnit(to: "Hoeggen ungdomsskole", reason: "Nytt navn", date: LocalDate(year: 2011, month: 8, day: 1)!, party: .leader,
                           person: "Kari", id: "amend1", label: "Enhet")
        #expect(renamed.id == "hoeggen-ungdomsskole-2011")
        #expect(renamed.amendments.last?.oldValue == "Hoeggen skole", "in Oppfølging the new name is an amendment")
        let relinked = try store.rename("hoeggen-skole-2011", to: renamed)
        #expect(relinked == ["hoeggen-skole-2012"])
        #expect(folder.bytes("hoeggen-skole-2011.json") == nil && folder.bytes("hoeggen-skole-2011.private.json") == nil)
        #expect(try store.load("hoeggen-ungdomsskole-2011") == renamed)
        let following = try store.load("hoeggen-skole-2012")
        #expect(following.carriedFrom == "hoeggen-ungdomsskole-2011")
        #expect(following.allRows.compactMap(\.carriedFrom).allSatisfy { $0.agreement == "hoeggen-ungdomsskole-2011" })
        #expect(try store.check().isClean)
        // A name whose id is taken is refused, and nothing moves.
        var clash = try store.load("eide-barneskole-2013")
        clash.renameUnit(to: "Hoeggen ungdomsskole", reason: "x", date: LocalDate(year: 2013, month: 1, day: 1)!, party: .leader, person: "", id: "a2", label: "Enhet")
        clash.header.year = 2011
        clash.id = "hoeggen-ungdomsskole-2011"
        #expect(throws: StartProblem.agreementExists("hoeggen-ungdomsskole-2011", archived: false)) { try store.rename("eide-barneskole-2013", to: clash) }
        #expect(folder.bytes("eide-barneskole-2013.json") != nil)
    }
}
