import AgreementKit
@testable import AgreementStore
import Foundation
import Testing

/// Schema version 5: an agreement says whether it is demo data.
@Suite("Schema version 5: demo data marked")
struct SchemaVersion5Tests {
    /// The Hoeggen sample as a file of `version`, with or without the `demo` key.
    private func file(version: Int, demo: Bool?) throws -> Data {
        let bytes = try #require(SampleCatalog.embeddedBytes("hoeggen-skole-2011")).public
        var object = try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
        var agreement = try #require(object["agreement"] as? [String: Any])
        agreement["demo"] = demo
        object["agreement"] = agreement
        object["version"] = version
        return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])
    }

    @Test func aVersion4FileOpensAsRealData() throws {
        let folder = TemporaryFolder()
        let bytes = try file(version: 4, demo: nil)
        try bytes.write(to: URL(fileURLWithPath: folder.path + "/hoeggen-skole-2011.json"))
        let store = AgreementStore(root: folder.path)
        let loaded = try store.load("hoeggen-skole-2011")
        #expect(!loaded.demo)
        #expect(loaded.goalAreas.count == 14)
        #expect(folder.bytes("hoeggen-skole-2011.json") == bytes, "loading never rewrites")
        try store.save(loaded)
        let text = try #require(folder.text("hoeggen-skole-2011.json"))
        #expect(text.contains("\"demo\" : false") && text.contains("\"version\" : \(SchemaMigration.currentVersion)"))
        #expect(SchemaMigration.currentVersion >= 5, "schema 5 brought the demo flag; later steps keep it")
    }

    @Test func aVersion3FileGoesThroughEveryStep() throws {
        let folder = TemporaryFolder()
        try file(version: 3, demo: nil).write(to: URL(fileURLWithPath: folder.path + "/hoeggen-skole-2011.json"))
        #expect(try AgreementStore(root: folder.path).load("hoeggen-skole-2011").demo == false)
    }

    @Test func demoDataSaysSoAndAFileWithoutTheKeyIsRefused() throws {
        var agreement = try #require(try SampleCatalog.agreements().first)
        agreement.demo = true
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path)
        try store.save(agreement)
        #expect(folder.text("\(agreement.id).json")?.contains("\"demo\" : true") == true)
        #expect(try store.load(agreement.id).demo)
        // In version 5 the key is required: a current file without it is named with its place.
        try file(version: 5, demo: nil).write(to: URL(fileURLWithPath: folder.path + "/hoeggen-skole-2011.json"))
        let error = try #require(throws: StoreError.self) { try store.load("hoeggen-skole-2011") }
        #expect(error.problem == .keyMissing(path: "agreement", key: "demo"))
    }
}
