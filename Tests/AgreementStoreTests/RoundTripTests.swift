import AgreementKit
@testable import AgreementStore
import Foundation
import Testing

@Suite("Save and load: properties over random agreements")
struct RoundTripTests {
    @Test(arguments: 0..<200)
    func randomAgreementsSurviveSaveAndLoad(seed: UInt64) throws {
        var random = RandomAgreements(seed: seed)
        let agreement = random.agreement()
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path)
        try store.save(agreement)
        let loaded = try store.load(agreement.id)
        #expect(loaded == agreement)
    }

    @Test(arguments: 0..<50)
    func savingTwiceGivesIdenticalBytes(seed: UInt64) throws {
        var random = RandomAgreements(seed: seed)
        let agreement = random.agreement()
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path)
        try store.save(agreement)
        let first = (folder.bytes("\(agreement.id).json"), folder.bytes("\(agreement.id).private.json"))
        try store.save(try store.load(agreement.id))
        #expect(folder.bytes("\(agreement.id).json") == first.0)
        #expect(folder.bytes("\(agreement.id).private.json") == first.1)
    }

    @Test func filesAreRawUTF8SortedPrettyAndEndInANewline() throws {
        var agreement = Fixtures.agreement
        agreement.header.unit = "Ærlige Østre Åsen skole"
        let folder = TemporaryFolder()
        try AgreementStore(root: folder.path).save(agreement)
        let text = try #require(folder.text("\(agreement.id).json"))
        #expect(text.contains("\"unit\" : \"Ærlige Østre Åsen skole\""))
        #expect(!text.contains("\\u00"))
        #expect(text.hasSuffix("}\n"))
        #expect(text.hasPrefix("{\n  \"agreement\" : {"))
        #expect(text.contains("\n  \"version\" : \(SchemaMigration.currentVersion)\n"))
    }

    @Test func sectionFourLivesOnlyInThePrivateFileWithMode600() throws {
        var agreement = Fixtures.agreement
        agreement.personalGoals = [PersonalGoal(id: "p1", text: "Hemmelig utviklingsmål om økt delegering")]
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path)
        try store.save(agreement)
        #expect(folder.text("\(agreement.id).json")?.contains("Hemmelig") == false)
        #expect(folder.text("\(agreement.id).private.json")?.contains("Hemmelig utviklingsmål") == true)
        #expect(store.fileSystem.mode(store.privatePath(of: agreement.id)) == 0o600)
        #expect(store.fileSystem.mode(store.path(of: agreement.id)) == 0o644)
        // Kept 0600 on every save, even if someone loosened it.
        chmod(store.privatePath(of: agreement.id), 0o644)
        try store.save(agreement)
        #expect(store.fileSystem.mode(store.privatePath(of: agreement.id)) == 0o600)
    }

    @Test func savingLeavesNoTemporaryFiles() throws {
        let folder = TemporaryFolder()
        try AgreementStore(root: folder.path).save(Fixtures.agreement)
        // Beside the agreement's two files the index's delta and its lock (IndexDeltaTests), and
        // the companion folder with the history of the save, and nothing else.
        #expect(folder.names() == [".index.delta.json", ".index.flock", "testskole-2011", "testskole-2011.json", "testskole-2011.private.json"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/testskole-2011") == ["history.json"])
    }
}

enum Fixtures {
    static var agreement: Agreement {
        Agreement(
            id: "testskole-2011",
            header: AgreementHeader(municipality: "Trondheim kommune", unit: "Testskole", serviceArea: "Skole", year: 2011),
            phase: .followUp,
            checklist: [ChecklistItem(id: "c1", task: "Vernerunden")],
            goalAreas: [GoalArea(id: "g1", section: .common, number: "1", title: "Frivillighet",
                                 rows: [GoalRow(id: "r1", target: "Mål", measures: [Measure(id: "m1", text: "Tiltak")])])]
        )
    }
}
