import AgreementKit
@testable import AgreementStore
import Foundation
import Testing

/// Schema version 9: the agreement keeps who took over as leader or contact person during the
/// year; a file of version 8 opens without any change of holder.
@Suite("Schema version 9: new leaders and contact persons during the year")
struct SchemaVersion9Tests {
    @Test func theChainReachesNine() {
        #expect(SchemaMigration.currentVersion >= 9)
        #expect(SchemaMigration.standardSteps[8] != nil)
    }

    /// The sample's public file as version 8 wrote it: without `roleChanges`.
    private func version8() throws -> (public: Data, private: Data) {
        let bytes = try #require(SampleCatalog.embeddedBytes("hoeggen-skole-2011"))
        var object = try #require(try JSONSerialization.jsonObject(with: bytes.public) as? [String: Any])
        var agreement = try #require(object["agreement"] as? [String: Any])
        agreement["roleChanges"] = nil
        object["agreement"] = agreement
        object["version"] = 8
        let privateBytes = try #require(bytes.private)
        var privateObject = try #require(try JSONSerialization.jsonObject(with: privateBytes) as? [String: Any])
        privateObject["version"] = 8
        return (try JSONSerialization.data(withJSONObject: object), try JSONSerialization.data(withJSONObject: privateObject))
    }

    @Test func aVersion8FileOpensWithNoChangeOfHolderAndSavesOne() throws {
        let folder = TemporaryFolder()
        let files = try version8()
        folder.write("hoeggen-skole-2011.json", String(decoding: files.public, as: UTF8.self))
        folder.write("hoeggen-skole-2011.private.json", String(decoding: files.private, as: UTF8.self))
        chmod(folder.path + "/hoeggen-skole-2011.private.json", 0o600)
        let store = AgreementStore(root: folder.path)
        var loaded = try store.load("hoeggen-skole-2011")
        #expect(loaded.roleChanges.isEmpty)
        #expect(folder.bytes("hoeggen-skole-2011.json") == files.public, "opening never rewrites")
        let leader = loaded.header.leader
        try loaded.handOver(.leader, to: "Ola Nordmann", from: LocalDate(year: 2011, month: 8, day: 15)!, reason: "Ny rektor fra august",
                            recorded: LocalDate(year: 2011, month: 8, day: 20)!, party: .director, person: "", id: "rc1", amendmentID: "am1",
                            label: "1 Om avtalen – Enhetsleder")
        try store.save(loaded)
        let text = try #require(folder.text("hoeggen-skole-2011.json"))
        #expect(text.contains("\"version\" : \(SchemaMigration.currentVersion)"))
        #expect(text.contains("\"roleChanges\""))
        let reloaded = try store.load("hoeggen-skole-2011")
        #expect(reloaded.roleChanges == loaded.roleChanges)
        #expect(reloaded.header.leader == "Ola Nordmann" && reloaded.roleChanges.first?.previous == leader)
    }
}
