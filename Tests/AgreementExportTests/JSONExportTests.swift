import AgreementExport
import AgreementKit
import AgreementStore
import Foundation
import Testing

@Suite("JSON export: the store's own format")
struct JSONExportTests {
    @Test func theFullExportIsExactlyTheStoresFullCopy() throws {
        let agreement = try ExportFixtures.hoeggen()
        let folder = NSTemporaryDirectory() + "lederavtale-json-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try AgreementStore(root: folder).writeFullCopy(agreement, to: folder + "/kopi.json")
        let written = try Data(contentsOf: URL(fileURLWithPath: folder + "/kopi.json"))
        let document = try AgreementExporter.export(agreement, as: .json, isPublic: false, words: ExportFixtures.words)
        #expect(document.data == written)
        let object = try #require(try JSONSerialization.jsonObject(with: document.data) as? [String: Any])
        #expect(Set(object.keys) == ["version", "agreement", "personalGoals", "leaderAssessment"])
        #expect((object["personalGoals"] as? [Any])?.count == 3)
    }

    @Test func thePublicExportIsTheAgreementFileWithoutSectionFour() throws {
        let sample = try ExportFixtures.sample()
        let store = AgreementStore(root: "/unused")
        #expect(try AgreementExporter.export(sample, as: .json, isPublic: true, words: ExportFixtures.words).data == store.encode(sample).public)
        let agreement = try ExportFixtures.hoeggen()
        let data = try AgreementExporter.export(agreement, as: .json, isPublic: true, words: ExportFixtures.words).data
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["version", "agreement"])
        let inner = try #require(object["agreement"] as? [String: Any])
        #expect(inner["personalGoals"] == nil)
        #expect((inner["amendments"] as? [Any])?.count == 1)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("Redusert sykefravær") && !text.contains("\\u00"))
    }
}

@Suite("JSON export: safe for a terminal, same data")
struct JSONSafetyTests {
    @Test func controlsAndBidiAreEscapedNotDropped() throws {
        var agreement = ExportFixtures.secretive()
        agreement.conditions.leaderDescription = "a\u{1B}[31m b\u{9B}2J c\u{202E}d \u{2028}e"
        let data = try AgreementExporter.export(agreement, as: .json, isPublic: true, words: ExportFixtures.words).data
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E || $0.value == 0x2028 })
        #expect(text.contains("\\u009B") && text.contains("\\u202E") && text.contains("\\u001b"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let conditions = (object["agreement"] as? [String: Any])?["conditions"] as? [String: Any]
        #expect(conditions?["leaderDescription"] as? String == agreement.conditions.leaderDescription)
    }
}
