import AgreementKit
@testable import AgreementStore
import Foundation
import Testing

/// Schema version 4 (the start of the year): a file of version 3 — the sample as it was
/// shipped before — opens, gains empty `subGoals`, and is written as version 4 on the next save.
@Suite("Schema version 4 opens version 3 files")
struct SchemaVersion4Tests {
    static let v3Path: String = {
        var url = URL(fileURLWithPath: #filePath)
        url.deleteLastPathComponent()
        return url.path + "/__Versions__/hoeggen-skole-2011-v3.json"
    }()

    @Test func theVersion3SampleOpensAndIsSavedAsVersion4() throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.v3Path))
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"version\" : 3\n"))
        let folder = TemporaryFolder()
        try bytes.write(to: URL(fileURLWithPath: folder.path + "/hoeggen-skole-2011.json"))
        let store = AgreementStore(root: folder.path)
        let agreement = try store.load("hoeggen-skole-2011")
        #expect(agreement.goalAreas.count == 14)
        #expect(agreement.allRows.count == 26)
        #expect(agreement.goalAreas.allSatisfy { $0.subGoals.isEmpty })
        #expect(agreement.allRows.flatMap(\.measures).allSatisfy { $0.kind == nil && $0.done == nil && $0.carriedFrom == nil })
        #expect(agreement.carriedFrom == nil && agreement.template == nil)
        #expect(folder.bytes("hoeggen-skole-2011.json") == bytes, "loading never rewrites")
        try store.save(agreement)
        let saved = try #require(folder.text("hoeggen-skole-2011.json"))
        #expect(saved.contains("\n  \"version\" : \(SchemaMigration.currentVersion)\n"))
        #expect(saved.contains("\"subGoals\" : ["))
        #expect(try store.load("hoeggen-skole-2011") == agreement)
    }

    @Test func theStepAddsOnlyItsOwnKey() throws {
        var object: [String: Any] = ["version": 3, "agreement": ["goalAreas": [["id": "a", "title": "x"], ["id": "b", "subGoals": [["id": "s"]]]], "other": 1]]
        try SchemaMigration.toVersion4(&object, .agreement)
        let agreement = try #require(object["agreement"] as? [String: Any])
        let areas = try #require(agreement["goalAreas"] as? [[String: Any]])
        #expect((areas[0]["subGoals"] as? [Any])?.isEmpty == true)
        #expect((areas[1]["subGoals"] as? [Any])?.count == 1, "a file that has them keeps them")
        #expect(agreement["other"] as? Int == 1)
        var privateObject: [String: Any] = ["version": 3, "personalGoals": [Any]()]
        try SchemaMigration.toVersion4(&privateObject, .privateSection)
        #expect(privateObject.count == 2)
    }
}
