import AgreementKit
@testable import AgreementStore
import Foundation
import Testing

/// Version 2 of templates, wheels and guides (each counts its own versions): the texts in other
/// languages. A version 1 file — as shipped before — opens with no variants and shows its own
/// text; the shipped files carry their translations and are written back unchanged.
@Suite("Variants: template, wheel and guide files of version 1 open as version 2")
struct VariantsVersionTests {
    static func previous(_ name: String) throws -> Data {
        var url = URL(fileURLWithPath: #filePath)
        url.deleteLastPathComponent()
        return try Data(contentsOf: url.appendingPathComponent("__Versions__/\(name)"))
    }

    private func store(with files: [(String, Data)]) throws -> (TemporaryFolder, AgreementStore) {
        let folder = TemporaryFolder()
        for (path, bytes) in files {
            try FileManager.default.createDirectory(atPath: folder.path + "/" + (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try bytes.write(to: URL(fileURLWithPath: folder.path + "/" + path))
        }
        return (folder, AgreementStore(root: folder.path))
    }

    @Test func aVersion1WheelOpensWithoutVariantsAndShowsItsOwnTitles() throws {
        let bytes = try Self.previous("sula-wheel-v1.json")
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"version\" : 1,"))
        let (folder, store) = try store(with: [("wheels/sula.json", bytes)])
        let wheels = store.wheels()
        #expect(wheels.errors.isEmpty && wheels.warnings.isEmpty)
        let wheel = try #require(wheels.items.first)
        #expect(wheel.variants.isEmpty)
        #expect(wheel.inLanguage("en").events.map(\.title) == ["Budsjettkontroll 1.tertial", "Budsjettkontroll 2. tertial"])
        #expect(folder.bytes("wheels/sula.json") == bytes, "reading never rewrites")
    }

    @Test func aVersion1GuideOpensWithoutVariantsAndTheConversationKeepsItsIDs() throws {
        let bytes = try Self.previous("leiarsamtale-rektor-guide-v1.json")
        let (folder, store) = try store(with: [("guides/leiarsamtale-rektor.json", bytes)])
        let guides = store.guides()
        #expect(guides.errors.isEmpty)
        let guide = try #require(guides.items.first)
        #expect(guide.variants.isEmpty && guide.areas.count == 7)
        #expect(guide.inLanguage("en") == guide)
        let shipped = try #require(try SampleCatalog.guides().first)
        #expect(shipped.areas.map(\.id) == guide.areas.map(\.id), "notes of earlier conversations still find their areas")
        #expect(folder.bytes("guides/leiarsamtale-rektor.json") == bytes, "reading never rewrites")
    }

    @Test func aVersion1TemplateOpensAndIsWrittenAsVersion2() throws {
        let bytes = try Self.previous("trondheim-2011-template-v1.json")
        let (folder, store) = try store(with: [("templates/trondheim-2011.json", bytes)])
        let template = try store.loadTemplate("trondheim-2011").template
        #expect(template.variants.isEmpty)
        #expect(template.checklist.count == 10)
        try store.saveTemplate(template, replacing: true)
        let saved = try #require(folder.text("templates/trondheim-2011.json"))
        #expect(saved.contains("\"version\" : 2"))
        #expect(saved.contains("\"variants\" : {"))
    }

    @Test func aNewAgreementTakesTheTemplatesTextsInTheSessionsLanguage() throws {
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path)
        try store.create()
        var template = try #require(try SampleCatalog.templates().first)
        let task = try #require(template.checklist.first)
        let area = try #require(template.commonGoalAreas.first)
        template.variants = TextVariants(["en": [TextVariants.place(task.id, "task"): "Monthly financial report", TextVariants.place(area.id, "title"): "Finances"]])
        try store.saveTemplate(template, replacing: false)
        let header = { (unit: String) in AgreementHeader(municipality: "Trondheim kommune", unit: unit, serviceArea: "", year: 2011) }
        let english = try store.newAgreement(header: header("Lade skole"), templateName: nil, language: "en").agreement
        #expect(english.checklist.first?.task == "Monthly financial report")
        #expect(english.goalAreas.first?.title == "Finances")
        #expect(english.checklist.dropFirst().map(\.task) == template.checklist.dropFirst().map(\.task), "no variant: the original")
        let bokmal = try store.newAgreement(header: header("Ila skole"), templateName: "trondheim-2011", language: "nb").agreement
        #expect(bokmal.checklist.first?.task == task.task)
        #expect(bokmal.goalAreas.first?.title == area.title)
    }

    @Test func theShippedFilesAreVersion2AndCarryTheirTranslations() throws {
        let wheels = try SampleCatalog.wheels()
        #expect(wheels.allSatisfy { $0.variants.languages == ["en"] })
        let sula = try #require(wheels.first { $0.id == "sula" }).inLanguage("en")
        #expect(sula.title == "Annual wheel")
        #expect(sula.themes.map(\.title) == ["Results and assessment", "Dialogue and strategy", "Holidays and budget preparation", "Financial plan/budget"])
        let guide = try #require(try SampleCatalog.guides().first)
        #expect(guide.language == "nn" && guide.variants.languages == ["en", "nb"])
        #expect(guide.inLanguage("nb").areas.map(\.title).last == "Skoleledelse som fremmer læringsarbeidet")
        #expect(guide.inLanguage("en").areas.first?.questions.first?.text == "What do goals and strategy mean for the school?")
        #expect(guide.inLanguage("nn") == guide, "the guide's own language is its original")
        for wheel in wheels { #expect(WheelValidator.validate(wheel).isEmpty, "every variant names a place of \(wheel.id)") }
        #expect(GuideValidator.validate(guide).isEmpty)
    }
}
