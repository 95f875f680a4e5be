import AgreementKit
@testable import AgreementStore
import Foundation
import Testing

/// Every save is recorded: who, when, where and what, in the agreement's companion folder;
/// section 4 apart, in a file only its owner reads.
@Suite("The history of changes, recorded by every save")
struct HistoryTests {
    static let kari = ChangeAuthor(person: "Kari Nordmann", party: .leader, now: { "2011-09-15T10:42:07+02:00" })

    private func store(_ folder: TemporaryFolder, _ author: ChangeAuthor = HistoryTests.kari) -> AgreementStore {
        AgreementStore(root: folder.path, author: author)
    }

    @Test func aSaveRecordsWhoWhenWhereAndWhat() throws {
        let folder = TemporaryFolder()
        let store = store(folder)
        var agreement = Fixtures.agreement
        try store.save(agreement)
        let before = agreement
        _ = agreement.set(.target("r1"), to: "Flere frivillige")
        agreement.addLogEntry(LogEntry(id: "l1", date: LocalDate(iso: "2011-09-14")!, text: "Dugnad"), to: "r1")
        try store.save(agreement, previous: before)
        let history = try store.history(of: agreement.id)
        #expect(history.count == 3)
        #expect(history[0].kind == .added && history[0].path == ChangePath(), "the first save made the agreement")
        let target = try #require(history.first { $0.field == .target("r1") })
        #expect(target.kind == .changed)
        #expect(target.old == .string("Mål") && target.new == .string("Flere frivillige"))
        #expect(target.stamp == ChangeStamp(person: "Kari Nordmann", party: .leader, time: "2011-09-15T10:42:07+02:00"))
        #expect(target.path.description == "goalAreas/g1/rows/r1/target")
        let log = try #require(history.first { $0.path.description == "goalAreas/g1/rows/r1/log/l1" })
        #expect(log.kind == .added && log.new?["text"] == .string("Dugnad"))
        #expect(folder.text("testskole-2011/history.json")?.contains("\"person\" : \"Kari Nordmann\"") == true)
    }

    @Test func aSaveWithoutThePreviousVersionReadsItFromDisk() throws {
        let folder = TemporaryFolder()
        let store = store(folder)
        var agreement = Fixtures.agreement
        try store.save(agreement)
        _ = agreement.set(.header(.leader), to: "Kari Nordmann")
        try store.save(agreement)
        try store.save(agreement)
        let history = try store.history(of: agreement.id)
        #expect(history.map(\.path.description) == ["", "header/leader"], "an unchanged save records nothing")
    }

    @Test func sectionFourIsRecordedOnlyInThePrivateHistory() throws {
        let folder = TemporaryFolder()
        let store = store(folder)
        var agreement = Fixtures.agreement
        try store.save(agreement)
        let before = agreement
        agreement.addPersonalGoal(PersonalGoal(id: "p1", text: "Delegere mer"))
        try store.save(agreement, previous: before)
        let shared = try #require(folder.text("testskole-2011/history.json"))
        #expect(!shared.contains("Delegere"))
        let personal = try #require(folder.text("testskole-2011/history.private.json"))
        #expect(personal.contains("Delegere mer"))
        #expect(store.fileSystem.mode(store.historyPath(of: agreement.id, private: true)) == 0o600)
        #expect(try store.history(of: agreement.id).contains { $0.path.description == "personalGoals/p1" && $0.kind == .added })
    }

    @Test func anAmendmentIsAHistoryEntryWithAReason() throws {
        let folder = TemporaryFolder()
        let store = store(folder)
        var agreement = Fixtures.agreement
        agreement.personalGoals = [PersonalGoal(id: "p1", text: "Delegere mer")]
        try store.save(agreement)
        var before = agreement
        #expect(agreement.amend(.target("r1"), to: "Nytt mål", reason: "Ny skolestruktur", date: LocalDate(iso: "2011-04-01")!, party: .leader,
                                id: "am1", label: "2.1 1. Frivillighet – Mål for enheten", redacted: "(unntatt offentlighet)") == nil)
        try store.save(agreement, previous: before)
        before = agreement
        #expect(agreement.amend(.personalGoal("p1"), to: "Delegere mye mer", reason: "Hemmelig grunn", date: LocalDate(iso: "2011-04-02")!,
                                party: .leader, id: "am2", label: "4", redacted: "(unntatt offentlighet)") == nil)
        try store.save(agreement, previous: before)
        let history = try store.history(of: agreement.id)
        let target = try #require(history.first { $0.field == .target("r1") })
        #expect(target.reason == "Ny skolestruktur" && target.amendmentID == "am1")
        #expect(!history.contains { $0.path.description == "amendments/am1" }, "the amendment is the change's entry, not one of its own")
        let goal = try #require(history.first { $0.field == .personalGoal("p1") })
        #expect(goal.reason == "Hemmelig grunn" && goal.amendmentID == "am2")
        #expect(!(folder.text("testskole-2011/history.json") ?? "").contains("Hemmelig grunn"))
        // Every amendment of the agreement is in the history, with its reason.
        for amendment in try store.load(agreement.id).amendments {
            #expect(history.contains { $0.amendmentID == amendment.id && $0.reason == amendment.reason }, "\(amendment.id)")
        }
    }

    @Test func entriesAddedToALongHistoryGiveTheBytesOfTheWholeFileEncoded() throws {
        let folder = TemporaryFolder()
        let store = store(folder)
        var agreement = Fixtures.agreement
        try store.save(agreement)
        for i in 0..<30 {
            let before = agreement
            agreement.addLogEntry(LogEntry(id: ItemID("l\(i)"), date: LocalDate(iso: "2011-09-14")!, text: "Linje \(i)\nmed «æøå»"), to: "r1")
            _ = agreement.set(.midYearNote("g1"), to: "Notat \(i)")
            try store.save(agreement, previous: before)
        }
        // A row added whole: its record holds empty lists, which JSON writes over two lines.
        let before = agreement
        let added = agreement.addRow(GoalRow(id: "ny-rad", target: "Nytt mål"), to: "g1")
        #expect(added)
        try store.save(agreement, previous: before)
        let bytes = try #require(folder.bytes("testskole-2011/history.json"))
        #expect(String(decoding: bytes, as: UTF8.self).contains("[\n\n"), "the record holds an empty list")
        let records = try store.history(of: agreement.id)
        #expect(records.count == 62)
        #expect(bytes == (try StoreCoding.encode(HistoryFile(agreementID: agreement.id, changes: records))))
    }

    @Test func aHistoryFileThatCannotBeReadIsLeftAloneAndTheSaveStillSucceeds() throws {
        let folder = TemporaryFolder()
        let store = store(folder)
        var agreement = Fixtures.agreement
        try store.save(agreement)
        let broken = "{ \"agreementID\": \"testskole-2011\", \"changes\": [ }"
        folder.write("testskole-2011/history.json", broken)
        _ = agreement.set(.target("r1"), to: "Endret")
        var report = SaveReport()
        try store.save(agreement, expecting: nil, previous: nil, report: &report)
        #expect(try store.load(agreement.id).value(of: .target("r1")) == "Endret")
        #expect(report.notes.count == 1)
        #expect(folder.text("testskole-2011/history.json") == broken)
        #expect(try store.check().errors.contains { $0.file.hasSuffix("history.json") })
    }

    @Test func gitConflictMarkersAreNamedByCheckAtTheirLine() throws {
        let folder = TemporaryFolder()
        let store = store(folder)
        try store.save(Fixtures.agreement)
        let text = try #require(folder.text("testskole-2011.json"))
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.insert(contentsOf: ["<<<<<<< ours", "  \"x\" : 1,", "=======", ">>>>>>> theirs"], at: 4)
        folder.write("testskole-2011.json", lines.joined(separator: "\n"))
        let errors = try store.check().errors
        #expect(errors.map(\.problem) == [.gitConflictMarkers])
        #expect(errors.first?.line == 5)
    }

    @Test func aFileOfTheVersionBeforeOpensWithNoConflicts() throws {
        let folder = TemporaryFolder()
        let store = store(folder)
        try store.save(Fixtures.agreement)
        var text = try #require(folder.text("testskole-2011.json"))
        text = text.replacingOccurrences(of: "\"version\" : \(SchemaMigration.currentVersion)", with: "\"version\" : 7")
        text = text.replacingOccurrences(of: "    \"conflicts\" : [\n\n    ],\n", with: "")
        #expect(!text.contains("conflicts"))
        folder.write("testskole-2011.json", text)
        let loaded = try store.load("testskole-2011")
        #expect(loaded.conflicts.isEmpty)
        #expect(loaded.goalAreas == Fixtures.agreement.goalAreas)
    }
}
