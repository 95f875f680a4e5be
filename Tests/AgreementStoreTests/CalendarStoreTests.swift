import AgreementKit
@testable import AgreementStore
import Foundation
import Testing

/// Wheels and guides in the store (`wheels/`, `guides/`), conversation records in the
/// agreement's companion folder, and what `check` and `list` say when one of them is broken.
@Suite("Wheels, guides and conversations in the store")
struct CalendarStoreTests {
    private func seeded() throws -> (TemporaryFolder, AgreementStore) {
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path)
        try store.installSamples()
        return (folder, store)
    }

    @Test func theSampleStoreHasTheWheelsAndTheGuideAndTheyRead() throws {
        let (folder, store) = try seeded()
        #expect(folder.names().contains("wheels") && folder.names().contains("guides"))
        let wheels = store.wheels()
        #expect(wheels.errors.isEmpty && wheels.warnings.isEmpty)
        #expect(wheels.items.map(\.id) == ["bo-skule", "sula"])
        #expect(wheels.items.first?.events.count == 20)
        let guides = store.guides()
        #expect(guides.errors.isEmpty)
        #expect(guides.items.map(\.id) == ["leiarsamtale-rektor"])
        #expect(guides.items.first?.areas.count == 7)
        #expect(try store.installWheelsAndGuides().isEmpty, "installing again leaves the files alone")
    }

    @Test func aWheelWithASyntaxErrorIsNamedWithLineAndColumnAndTheRestStillWorks() throws {
        let (folder, store) = try seeded()
        let text = try #require(folder.text("wheels/sula.json"))
        folder.write("wheels/sula.json", text.replacingOccurrences(of: "\"ztr29j7d.title\" : \"Budget control, 1st tertial\"", with: "\"ztr29j7d.title\" : \"Budget control, 1st tertial\","))
        let wheels = store.wheels()
        #expect(wheels.items.map(\.id) == ["bo-skule"])
        let error = try #require(wheels.errors.first)
        #expect(error.file.hasSuffix("wheels/sula.json"))
        #expect(error.problem == .syntax(.trailingComma))
        #expect(error.line != nil && error.column != nil)
        #expect(try store.list().summaries.count == 2, "list still lists every agreement")
        let report = try store.check()
        #expect(report.errors.contains(error))
        #expect(report.wheels == 1)
        #expect(folder.text("wheels/sula.json") != text, "the broken file is left as it is, never rewritten")
    }

    @Test func thirtyFirstOfFebruaryInAWheelIsRefusedAtItsDayWithTheReason() throws {
        let (folder, store) = try seeded()
        let text = try #require(folder.text("wheels/bo-skule.json"))
        let broken = text.replacingOccurrences(of: "\"day\" : 31,\n          \"month\" : 1,", with: "\"day\" : 31,\n          \"month\" : 2,")
        #expect(broken != text)
        folder.write("wheels/bo-skule.json", broken)
        let wheels = store.wheels()
        #expect(wheels.items.map(\.id) == ["sula"])
        let error = try #require(wheels.errors.first)
        #expect(error.problem == .wheel(path: "events[0].when.day", .impossibleDate(day: 31, month: 2)))
        let lines = broken.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(error.line)
        #expect(lines[line - 1].contains("\"day\" : 31"), "the line of the day: \(lines[line - 1])")
    }

    @Test func aLinkWithAMilestoneAndAnIndicatorIsWordedByTheStore() throws {
        let (folder, store) = try seeded()
        let text = try #require(folder.text("wheels/sula.json"))
        let broken = text.replacingOccurrences(of: "\"kind\" : \"reporting\",", with: "\"kind\" : \"reporting\",\n        \"link\" : {\"indicator\" : \"Lesing\", \"milestone\" : \"midYearReview\"},")
        folder.write("wheels/sula.json", broken)
        let error = try #require(store.wheels().errors.first)
        #expect(error.problem == .exclusiveKeys(path: "wheel.events[0].link", keys: ["milestone", "indicator"]))
        #expect(error.line != nil)
    }

    @Test func aWheelWhoseIdIsNotItsFileNameIsRefused() throws {
        let (folder, store) = try seeded()
        let text = try #require(folder.text("wheels/sula.json"))
        folder.write("wheels/annen.json", text)
        let wheels = store.wheels()
        #expect(wheels.errors.map(\.problem) == [.nameMismatch(key: "id", found: "sula", expected: "annen")])
        #expect(wheels.items.map(\.id) == ["bo-skule", "sula"])
    }

    @Test func aConversationIsSavedInTheCompanionFolderAndReadBack() throws {
        let (folder, store) = try seeded()
        let date = try #require(LocalDate(iso: "2011-09-15"))
        var conversation = Conversation(agreementID: "hoeggen-skole-2011", date: date, guideID: "leiarsamtale-rektor", step: .area("x"))
        conversation.updateNotes(for: "x") { $0.notes = "Notat med «sitat» og æøå" }
        conversation.followUps = [FollowUpItem(id: "f1", what: "Plan for lesing", who: "Rektor", due: LocalDate(iso: "2011-10-01"), goalRowID: "r1", areaID: "x")]
        let path = try store.save(conversation)
        #expect(path == folder.path + "/hoeggen-skole-2011/conversations/2011-09-15.json")
        let text = try #require(folder.text("hoeggen-skole-2011/conversations/2011-09-15.json"))
        #expect(text.hasPrefix("{\n  \"conversation\" : {") && text.contains("\"version\" : 1") && text.contains("æøå"))
        let loaded = store.conversations(of: "hoeggen-skole-2011")
        #expect(loaded.errors.isEmpty)
        #expect(loaded.items == [conversation])
        #expect(try store.list().summaries.map(\.id) == ["eide-barneskole-2013", "hoeggen-skole-2011"], "the companion folder is not an agreement")
        let report = try store.check()
        #expect(report.isClean, "\(report.errors)")
        #expect(report.conversations == 1)
    }

    @Test func aBrokenConversationIsReportedAndAnUnknownGuideWarned() throws {
        let (folder, store) = try seeded()
        let date = try #require(LocalDate(iso: "2011-09-15"))
        try store.save(Conversation(agreementID: "hoeggen-skole-2011", date: date, guideID: "ingen-guide",
                                    followUps: [FollowUpItem(id: "f1", what: "a"), FollowUpItem(id: "f1", what: " ")]))
        folder.write("hoeggen-skole-2011/conversations/2011-10-01.json", "{\"version\": 1, \"conversation\": {")
        let loaded = store.conversations(of: "hoeggen-skole-2011", guides: ["leiarsamtale-rektor"])
        #expect(loaded.items.isEmpty)
        let problems = loaded.errors.map(\.problem)
        #expect(problems.contains(.conversation(path: "followUps[1].id", .duplicateID("f1", firstAt: "followUps[0]"))))
        #expect(problems.contains(.conversation(path: "followUps[1].what", .followUpWithoutText)))
        #expect(loaded.errors.contains { $0.file.hasSuffix("2011-10-01.json") && $0.line != nil })
        #expect(loaded.warnings.map(\.problem) == [.conversation(path: "guideID", .unknownGuide("ingen-guide"))])
        #expect(!(try store.check()).isClean)
    }
}
