import AgreementKit
@testable import AgreementStore
import Foundation
import Testing

@Suite("A file that cannot be read is reported with line and column, and never rewritten")
struct BrokenFileTests {
    /// A store with one good agreement and the bytes of its file.
    private func storeWithAgreement() throws -> (TemporaryFolder, AgreementStore, Data) {
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path)
        try store.save(Fixtures.agreement)
        return (folder, store, try #require(folder.bytes("testskole-2011.json")))
    }

    @Test func aTruncatedFileNamesLineAndColumn() throws {
        let (folder, store, bytes) = try storeWithAgreement()
        let truncated = bytes.prefix(bytes.count / 2)
        try truncated.write(to: URL(fileURLWithPath: store.path(of: "testskole-2011")))
        let error = try #require(throws: StoreError.self) { try store.load("testskole-2011") }
        #expect(error.file == store.path(of: "testskole-2011"))
        #expect(error.line != nil && error.column != nil)
        #expect(error.location == "\(store.path(of: "testskole-2011")):\(error.line ?? 0):\(error.column ?? 0)")
        #expect(folder.bytes("testskole-2011.json") == truncated)
    }

    @Test func aSyntaxErrorPointsAtTheCharacter() throws {
        let folder = TemporaryFolder()
        folder.write("x-2011.json", "{\n  \"version\" : 1,\n  \"agreement\" : {\n    \"id\" : \"x-2011\"\n    \"phase\" : \"followUp\"\n  }\n}\n")
        let error = try #require(throws: StoreError.self) { try AgreementStore(root: folder.path).load("x-2011") }
        #expect(error.line == 5)
        #expect(error.column == 5)
        #expect(error.problem == .syntax(.expectedCommaOrBrace))
    }

    @Test func aWrongTypeIsLocatedByItsPath() throws {
        let (folder, store, bytes) = try storeWithAgreement()
        var text = String(decoding: bytes, as: UTF8.self)
        text = text.replacingOccurrences(of: "\"year\" : 2011", with: "\"year\" : \"2011\"")
        folder.write("testskole-2011.json", text)
        let error = try #require(throws: StoreError.self) { try store.load("testskole-2011") }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLine = try #require(lines.firstIndex { $0.contains("\"year\"") }) + 1
        #expect(error.line == expectedLine)
        #expect(error.problem == .typeMismatch(path: "agreement.header.year", expected: .integer, found: .string))
        let column = try #require(error.column)
        #expect(lines[expectedLine - 1].dropFirst(column - 1).hasPrefix("\"2011\""))
    }

    @Test func aMissingKeyAndABadEnumAreNamed() throws {
        let (folder, store, bytes) = try storeWithAgreement()
        let text = String(decoding: bytes, as: UTF8.self)
        folder.write("testskole-2011.json", text.replacingOccurrences(of: "\"phase\" : \"followUp\"", with: "\"phase\" : \"later\""))
        let bad = try #require(throws: StoreError.self) { try store.load("testskole-2011") }
        #expect(bad.problem == .invalidValue(path: "agreement.phase", value: "later"))
        folder.write("testskole-2011.json", text.replacingOccurrences(of: ",\n    \"phase\" : \"followUp\"", with: ""))
        let missing = try #require(throws: StoreError.self) { try store.load("testskole-2011") }
        #expect(missing.problem == .keyMissing(path: "agreement", key: "phase"))
        #expect(missing.line == 2)
    }

    @Test func aNewerSchemaVersionIsRefusedClearly() throws {
        let (folder, store, bytes) = try storeWithAgreement()
        let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\"version\" : \(SchemaMigration.currentVersion)", with: "\"version\" : 99")
        folder.write("testskole-2011.json", text)
        let error = try #require(throws: StoreError.self) { try store.load("testskole-2011") }
        #expect(error.problem == .newerVersion(found: 99, supported: SchemaMigration.currentVersion))
        #expect(folder.text("testskole-2011.json") == text)
    }

    @Test func olderVersionsGoThroughTheMigrationSteps() throws {
        let (folder, _, bytes) = try storeWithAgreement()
        // A made-up step to the next version that renames the unit, to prove the chain runs.
        let current = SchemaMigration.currentVersion
        var steps = SchemaMigration.standardSteps
        steps[current] = { object, kind in
            guard kind == .agreement else { return }
            var agreement = object["agreement"] as! [String: Any]
            var header = agreement["header"] as! [String: Any]
            header["unit"] = "Migrert skole"
            agreement["header"] = header
            object["agreement"] = agreement
        }
        let migration = SchemaMigration(steps: steps, currentVersion: current + 1)
        let store = AgreementStore(root: folder.path, migration: migration)
        let loaded = try store.load("testskole-2011")
        #expect(loaded.header.unit == "Migrert skole")
        #expect(folder.bytes("testskole-2011.json") == bytes, "loading never rewrites")
        try store.save(loaded)
        #expect(folder.text("testskole-2011.json")?.contains("\"version\" : \(current + 1)") == true)
    }

    @Test func aVersion1FileFromTheFirstReleaseLoadsWithAnEmptyYearRecord() throws {
        let (folder, store, bytes) = try storeWithAgreement()
        var object = try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
        var agreement = try #require(object["agreement"] as? [String: Any])
        for key in ["signOffs", "phaseChanges", "amendments", "reviews", "improvementPlans"] { agreement[key] = nil }
        object["agreement"] = agreement
        object["version"] = 1
        let v1 = try JSONSerialization.data(withJSONObject: object)
        try v1.write(to: URL(fileURLWithPath: store.path(of: "testskole-2011")))
        let loaded = try store.load("testskole-2011")
        #expect(loaded == Fixtures.agreement)
        #expect(folder.bytes("testskole-2011.json") == v1, "loading never rewrites")
    }

    @Test(arguments: [
        ("\u{FEFF}{}", StoreError.Problem.syntax(.byteOrderMark)),
        ("{\"version\": 1, \"agreement\": \"\u{0}\"}", .syntax(.controlCharacter(0))),
        ("", .syntax(.unexpectedEnd(in: .document))),
        ("[1, 2]", .notAnObject(found: .array)),
        ("{\"version\": \"one\"}", .versionNotInteger),
        (String(repeating: "[", count: 300) + String(repeating: "]", count: 300), .syntax(.tooDeep(limit: 256))),
        ("{\"version\": 2,}", .syntax(.trailingComma)),
        ("{\"version\": 2, \"version\": 2}", .duplicateKey("version")),
    ])
    func hostileFilesGiveClearErrors(content: String, expected: StoreError.Problem) throws {
        let folder = TemporaryFolder()
        folder.write("x-2011.json", content)
        let error = try #require(throws: StoreError.self) { try AgreementStore(root: folder.path).load("x-2011") }
        #expect(error.problem == expected, "\(error)")
        #expect(folder.text("x-2011.json") == content)
    }

    @Test func invalidUTF8IsNamed() throws {
        let folder = TemporaryFolder()
        #expect(FileManager.default.createFile(atPath: "\(folder.path)/x-2011.json", contents: Data([0x7B, 0x0A, 0x22, 0xC3, 0x28, 0x22])))
        let error = try #require(throws: StoreError.self) { try AgreementStore(root: folder.path).load("x-2011") }
        #expect(error.problem == .syntax(.invalidUTF8(byte: 0x28)) || error.problem == .syntax(.invalidUTF8(byte: 0xC3)), "\(error)")
        #expect(error.line == 2)
    }

    @Test func checkReportsEveryBrokenFileAndListStillListsTheOthers() throws {
        let (folder, store, _) = try storeWithAgreement()
        folder.write("broken-2011.json", "{\n  \"version\" : 1,\n  \"agreement\" : {\n")
        let brokenBefore = folder.bytes("broken-2011.json")
        let report = try store.check()
        #expect(report.agreements.map(\.id) == ["testskole-2011"])
        #expect(report.errors.count == 1)
        #expect(report.errors[0].location == "\(folder.path)/broken-2011.json:4:1")
        let list = try store.list()
        #expect(list.summaries.map(\.id) == ["testskole-2011"])
        #expect(list.problems.count == 1)
        #expect(folder.bytes("broken-2011.json") == brokenBefore)
    }

    @Test func checkFindsDuplicateKeysIdsAndLoosePrivateFiles() throws {
        let (folder, store, bytes) = try storeWithAgreement()
        var text = String(decoding: bytes, as: UTF8.self)
        text = text.replacingOccurrences(of: "\"id\" : \"m1\"", with: "\"id\" : \"r1\"")
        text = text.replacingOccurrences(of: "\"id\" : \"testskole-2011\",", with: "\"id\" : \"testskole-2011\",\n    \"phase\" : \"followUp\",")
        folder.write("testskole-2011.json", text)
        chmod(store.privatePath(of: "testskole-2011"), 0o644)
        let report = try store.check()
        #expect(report.errors.contains { $0.problem == .duplicateKey("phase") })
        #expect(report.errors.contains {
            if case .validation(_, .duplicateItemID("r1", _)) = $0.problem { true } else { false }
        })
        #expect(report.errors.contains { $0.problem == .privateExposed(mode: 0o644) })
        #expect(!report.isClean)
    }
}
