import AgreementKit
@testable import AgreementStore
import Foundation
import Testing

/// Section 4 stays private: the reasons of its amendments live in the private file, and a
/// private file readable by others is set to 0600 when opened (and said).
@Suite("Section 4: private reasons and the private file's mode")
struct PrivateSectionTests {
    @Test func theReasonOfAnAmendmentOfSectionFourNeverReachesThePublicFile() throws {
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path)
        var agreement = Fixtures.agreement
        agreement.phase = .followUp
        agreement.personalGoals = [PersonalGoal(id: "p1", text: "Delegere mer")]
        let secret = "Sykemelding våren 2011 – trenger mer avlastning"
        #expect(agreement.amend(.personalGoal("p1"), to: "Delegere mye mer", reason: secret, date: LocalDate(iso: "2011-04-01")!, party: .leader,
                                id: "am1", label: "4 – Personlig utviklingsmål", redacted: "(unntatt offentlighet)") == nil)
        agreement.recordAmendment(what: "Tiltak", oldValue: "", newValue: "Nytt tiltak", reason: "Offentlig grunn", date: LocalDate(iso: "2011-04-02")!,
                                  party: .leader, id: "am2")
        try store.save(agreement)
        let publicText = try #require(folder.text("testskole-2011.json"))
        #expect(!publicText.contains(secret))
        #expect(publicText.contains("Offentlig grunn"), "other amendments keep their reason in public")
        #expect(!publicText.contains("Delegere"))
        let privateText = try #require(folder.text("testskole-2011.private.json"))
        #expect(privateText.contains(secret) && privateText.contains("\"am1\""))
        let loaded = try store.load("testskole-2011")
        #expect(loaded == agreement)
        #expect(loaded.amendments.first { $0.id == "am1" }?.reason == secret)
        #expect(loaded.amendments.first { $0.id == "am1" }?.confidential == true)
    }

    @Test func aPrivateFileReadableByOthersIsSetTo0600WhenOpenedAndSaid() throws {
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path)
        var agreement = Fixtures.agreement
        agreement.personalGoals = [PersonalGoal(id: "p1", text: "Delegere mer")]
        try store.save(agreement)
        let path = store.privatePath(of: agreement.id)
        chmod(path, 0o644)
        #expect(try store.check().errors.map(\.problem) == [.privateExposed(mode: 0o644)], "check reports, and changes nothing")
        #expect(store.fileSystem.mode(path) == 0o644)
        var notes: [StoreError] = []
        _ = try store.load(agreement.id, notes: &notes)
        #expect(notes.map(\.problem) == [.privateModeFixed(from: 0o644)])
        #expect(store.fileSystem.mode(path) == 0o600)
    }
}
