import AgreementKit
@testable import AgreementStore
import Foundation
import Testing

@Suite("The Hoeggen skole 2011 sample")
struct SampleTests {
    @Test func theSampleIsTheWholeForm() throws {
        let agreement = try #require(try SampleCatalog.agreements().first { $0.id == "hoeggen-skole-2011" })
        #expect(agreement.header.unit == "Hoeggen skole")
        #expect(agreement.header.year == 2011)
        #expect(agreement.phase == .followUp)
        #expect(agreement.goalAreas.count == 14)
        #expect(agreement.goalAreas(in: .common).map(\.title) == ["Frivillighet", "Redusert sykefravær", "Miljø"])
        #expect(agreement.goalAreas(in: .serviceArea).count == 8)
        #expect(agreement.goalAreas(in: .own).count == 3)
        #expect(agreement.checklist.count == 10)
        #expect(agreement.checklist.first?.task == "Månedlig økonomirapportering")
        #expect(agreement.allRows.allSatisfy { $0.log.isEmpty })
        let environment = try #require(agreement.goalAreas.first { $0.title == "Miljø" })
        #expect(environment.rows.flatMap(\.measures).filter { $0.kind == .indicator }.map(\.text)
                == ["Redusere strømutgifter", "Redusert foreldre- og ansattekjøring.", "Bedre kildesortering."])
        #expect(!agreement.conditions.leaderDescription.isEmpty)
        #expect(AgreementValidator.validate(agreement) == [])
    }

    @Test func theDataFilesAreInTheStoresOwnCanonicalForm() throws {
        // Saving the sample must give exactly the bytes in data/, so `init --sample` and
        // the files in the repository never drift apart.
        for agreement in try SampleCatalog.agreements() {
            let folder = TemporaryFolder()
            let store = AgreementStore(root: folder.path)
            let encoded = try store.encode(agreement)
            let embedded = try #require(SampleCatalog.embeddedBytes(agreement.id))
            #expect(encoded.public == embedded.public, "data/\(agreement.id).json is not canonical; re-save it")
            #expect(encoded.private == embedded.private, "data/\(agreement.id).private.json is not canonical")
        }
    }

    @Test func installingTwiceKeepsTheUsersChanges() throws {
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path + "/nested/store")
        #expect(try store.installSamples() == SampleCatalog.ids + ["templates/trondheim-2011"])
        var agreement = try store.load("hoeggen-skole-2011")
        agreement.goalAreas[0].rows[0].log.append(LogEntry(id: "l1", date: LocalDate(iso: "2011-03-14")!, text: "Møte med Othilienborg IL"))
        try store.save(agreement)
        #expect(try store.installSamples() == [])
        #expect(try store.load("hoeggen-skole-2011") == agreement)
        let report = try store.check()
        #expect(report.isClean)
        let hoeggen = try #require(report.agreements.first { $0.id == "hoeggen-skole-2011" })
        #expect(hoeggen.goalAreas == 14 && hoeggen.checklistTotal == 10)
        #expect(report.agreements.map(\.id) == ["eide-barneskole-2013", "hoeggen-skole-2011"])
    }
}
