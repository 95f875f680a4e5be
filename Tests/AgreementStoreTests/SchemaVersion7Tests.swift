import AgreementKit
@testable import AgreementStore
import Foundation
import Testing

/// Schema version 7: the agreement's own dates in the public file, the two-sided leader
/// assessment in the private file; files of versions 3 and 6 still open.
@Suite("Schema version 7: schedule and leader assessment")
struct SchemaVersion7Tests {
    @Test func theChainReachesSevenFromEveryEarlierVersion() {
        #expect(SchemaMigration.currentVersion >= 7)
        #expect(Set(SchemaMigration.standardSteps.keys) == Set(1..<SchemaMigration.currentVersion))
    }

    /// The sample's two files as an earlier version wrote them: without the keys of version 7.
    private func previous(_ version: Int) throws -> (public: Data, private: Data) {
        let bytes = try #require(SampleCatalog.embeddedBytes("hoeggen-skole-2011"))
        var object = try #require(try JSONSerialization.jsonObject(with: bytes.public) as? [String: Any])
        var agreement = try #require(object["agreement"] as? [String: Any])
        agreement["schedule"] = nil
        object["agreement"] = agreement
        object["version"] = version
        let privateBytes = try #require(bytes.private)
        var privateObject = try #require(try JSONSerialization.jsonObject(with: privateBytes) as? [String: Any])
        privateObject["leaderAssessment"] = nil
        privateObject["version"] = version
        return (try JSONSerialization.data(withJSONObject: object), try JSONSerialization.data(withJSONObject: privateObject))
    }

    @Test(arguments: [3, 6])
    func aFileOfAnEarlierVersionOpensWithNoDatesAndNoAssessment(version: Int) throws {
        let folder = TemporaryFolder()
        let files = try previous(version)
        folder.write("hoeggen-skole-2011.json", String(decoding: files.public, as: UTF8.self))
        folder.write("hoeggen-skole-2011.private.json", String(decoding: files.private, as: UTF8.self))
        chmod(folder.path + "/hoeggen-skole-2011.private.json", 0o600)
        let store = AgreementStore(root: folder.path)
        var loaded = try store.load("hoeggen-skole-2011")
        #expect(loaded.schedule == AgreementSchedule())
        #expect(loaded.leaderAssessment.isEmpty)
        #expect(folder.bytes("hoeggen-skole-2011.json") == files.public, "opening never rewrites")
        loaded.schedule.meetings[.midYear] = LocalDate(iso: "2011-09-27")
        try store.save(loaded)
        #expect(folder.text("hoeggen-skole-2011.json")?.contains("\"midYear\" : \"2011-09-27\"") == true)
        #expect(folder.text("hoeggen-skole-2011.json")?.contains("\"version\" : \(SchemaMigration.currentVersion)") == true)
        #expect(folder.text("hoeggen-skole-2011.private.json")?.contains("\"leaderAssessment\"") == true)
    }

    @Test func theLeaderAssessmentLivesOnlyInThePrivateFile() throws {
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path)
        var agreement = try #require(try SampleCatalog.agreements().first)
        agreement.setAssessment(CriterionAssessment(criterion: "Budsjett/regnskap", selfRating: .asAgreed, selfComment: "Underskudd på 2 %",
                                                    contactRating: .belowAgreement, contactComment: "Fortrolig vurdering av økonomien"))
        try store.save(agreement)
        let publicText = try #require(folder.text("\(agreement.id).json"))
        #expect(!publicText.contains("Fortrolig") && !publicText.contains("Underskudd") && !publicText.contains("\"leaderAssessment\""))
        let privateText = try #require(folder.text("\(agreement.id).private.json"))
        #expect(privateText.contains("Fortrolig vurdering av økonomien"))
        #expect(LiveFileSystem().mode(folder.path + "/\(agreement.id).private.json") == 0o600)
        #expect(try store.load(agreement.id).leaderAssessment == agreement.leaderAssessment)
    }
}
