import AgreementKit
@testable import AgreementStore
import Foundation
import Testing

/// The user's config file, and agreement ids by prefix.
@Suite("Config file and id prefixes")
struct ConfigAndIDTests {
    @Test func theConfigRoundTripsWithAVersionAndMode0600() throws {
        let folder = TemporaryFolder()
        let path = ConfigStore.location(environment: ["XDG_CONFIG_HOME": folder.path])
        #expect(path == "\(folder.path)/lederavtale/config.json")
        #expect(ConfigStore.location(environment: ["HOME": "/home/kari"]) == "/home/kari/.config/lederavtale/config.json")
        let store = ConfigStore(path: path)
        #expect(try store.load() == Config(), "no file: nothing set")
        let config = Config(name: "Kari Nordmann", role: .contactPerson, language: "nb", theme: "mono")
        try store.save(config)
        #expect(try store.load() == config)
        #expect(LiveFileSystem().mode(path) == 0o600)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("\"version\" : 1") && text.contains("\"role\" : \"contactPerson\""))
    }

    @Test func aBrokenConfigIsNamedWithLineAndColumn() throws {
        let folder = TemporaryFolder()
        folder.write("config.json", "{\n  \"version\": 1,\n  \"name\": \"Kari\",\n}\n")
        let error = try #require(throws: StoreError.self) { try ConfigStore(path: "\(folder.path)/config.json").load() }
        #expect(error.problem == .syntax(.trailingComma))
        #expect(error.line == 4)
        folder.write("config.json", "{\"version\": 9}")
        let newer = try #require(throws: StoreError.self) { try ConfigStore(path: "\(folder.path)/config.json").load() }
        #expect(newer.problem == .newerVersion(found: 9, supported: 1))
    }

    @Test func anIDIsNamedByAnyUniquePrefix() {
        let ids = ["eide-barneskole-2013", "hoeggen-skole-2011", "hoeggen-skole-2012"]
        #expect(AgreementIDs.resolve("eide", among: ids) == .found("eide-barneskole-2013"))
        #expect(AgreementIDs.resolve("hoeggen-skole-2011", among: ids) == .found("hoeggen-skole-2011"))
        #expect(AgreementIDs.resolve("hoeggen-skole-2012", among: ids) == .found("hoeggen-skole-2012"))
        #expect(AgreementIDs.resolve("hoeg", among: ids) == .ambiguous(["hoeggen-skole-2011", "hoeggen-skole-2012"]))
        #expect(AgreementIDs.resolve("hoegen", among: ids) == .notFound(suggestions: ["hoeggen-skole-2011", "hoeggen-skole-2012"]))
        #expect(AgreementIDs.resolve("eide-barneskole-2031", among: ids) == .notFound(suggestions: ["eide-barneskole-2013"]))
        #expect(AgreementIDs.resolve("xyz", among: ids) == .notFound(suggestions: []))
    }

    @Test func loadNamesTheClosestIDs() throws {
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path)
        try store.save(Fixtures.agreement)
        let error = try #require(throws: StoreError.self) { try store.load("testskole-2012") }
        #expect(error.problem == .notFound(id: "testskole-2012", suggestions: ["testskole-2011"]))
        #expect(try store.resolve("test") == "testskole-2011")
    }
}
