import AgreementKit
@testable import AgreementStore
import Foundation
import Testing

@Suite("Templates in the store: templates/<name>.json, strict, and the agreements made from them")
struct TemplateStoreTests {
    /// A store with the samples and the sample template.
    private func sampleStore() throws -> (TemporaryFolder, AgreementStore) {
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path)
        try store.installSamples()
        return (folder, store)
    }

    private static var amendment: TemplateAmendment {
        TemplateAmendment(date: LocalDate(year: 2011, month: 9, day: 1)!, party: .director, person: "Rådmann",
                          newID: { ItemID.random() }, describe: { change, _ in ("\(change)", "", "") })
    }

    @Test(arguments: 0..<60)
    func randomTemplatesSurviveSaveAndLoad(seed: UInt64) throws {
        var random = RandomAgreements(seed: seed)
        let template = Template(name: "kommune-\(seed)", from: random.agreement())
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path)
        try store.saveTemplate(template, replacing: false)
        #expect(try store.loadTemplate(template.name).template == template)
        let bytes = folder.bytes("templates/kommune-\(seed).json")
        try store.saveTemplate(try store.loadTemplate(template.name).template, replacing: true)
        #expect(folder.bytes("templates/kommune-\(seed).json") == bytes, "saving unchanged gives identical bytes")
        #expect(throws: StartProblem.templateExists(template.name)) { try store.saveTemplate(template, replacing: false) }
    }

    @Test func theSampleTemplateIsTheHoeggenFormsCommonPartsInCanonicalForm() throws {
        let template = try #require(try SampleCatalog.templates().first)
        #expect(template.name == "trondheim-2011" && template.municipality == "Trondheim kommune" && template.year == 2011)
        #expect(template.commonGoalAreas.map(\.title) == ["Frivillighet", "Redusert sykefravær", "Miljø"])
        #expect(template.checklist.count == 10)
        #expect(template.serviceAreas.isEmpty, "the form names no service area")
        #expect(TemplateValidator.validate(template) == [])
        #expect(try AgreementStore.encodeTemplate(template) == SampleCatalog.embeddedTemplate("trondheim-2011"), "data/templates/trondheim-2011.json is not canonical")
        // Its items are the Hoeggen sample's own, so applying it there changes nothing.
        let hoeggen = try #require(try SampleCatalog.agreements().first { $0.id == "hoeggen-skole-2011" })
        let result = template.apply(to: hoeggen, amendment: Self.amendment)
        #expect(result.changes.isEmpty)
        #expect(Set(result.kept) == [.target("cz67yzmb"), .target("6dp43sfd"), .target("crz9mume")], "the unit's own targets")
        #expect(hoeggen.about == template.about)
    }

    @Test func anUnknownTemplateNamesTheOnesThereAre() throws {
        let (folder, store) = try sampleStore()
        #expect(throws: StartProblem.templateNotFound("oslo-2011", known: ["trondheim-2011"])) { try store.loadTemplate("oslo-2011") }
        withExtendedLifetime(folder) {}
        let empty = AgreementStore(root: TemporaryFolder().path)
        #expect(throws: StartProblem.templateNotFound("x", known: [])) { try empty.loadTemplate("x") }
    }

    @Test func aBrokenTemplateIsReportedWithLineAndColumnAndNeverRewritten() throws {
        let (folder, store) = try sampleStore()
        let path = "templates/trondheim-2011.json"
        let text = try #require(folder.text(path))
        let broken = text.replacingOccurrences(of: "\"year\" : 2011", with: "\"year\" : \"2011\"")
        folder.write(path, broken)
        let report = try store.check()
        let error = try #require(report.errors.first)
        #expect(error.file.hasSuffix(path))
        let line = try #require(broken.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("\"year\" : \"2011\"") }) + 1
        #expect(error.line == line && error.column != nil)
        #expect(error.problem == .typeMismatch(path: "template.year", expected: .integer, found: .string))
        #expect(folder.text(path) == broken)
        #expect(throws: StartProblem.self) { try store.loadTemplate("trondheim-2011") }
        // A name that is not its file's, and a duplicate id, are named at their place.
        folder.write(path, text.replacingOccurrences(of: "\"name\" : \"trondheim-2011\"", with: "\"name\" : \"oslo-2011\""))
        let misnamed = try store.check()
        #expect(misnamed.errors.map(\.problem) == [.validation(path: "template.name", .templateNameMismatch(found: "oslo-2011", file: "trondheim-2011"))])
        #expect(misnamed.errors.first?.line != nil)
        folder.write(path, text)
        #expect(try store.check().templates.map(\.name) == ["trondheim-2011"])
    }

    @Test func newAgreementsTakeTheNewestTemplateAndRefuseClashesAndMismatches() throws {
        let (folder, store) = try sampleStore()
        let header = AgreementHeader(municipality: "Trondheim kommune", unit: "Åsveien skole", serviceArea: "", year: 2011, leader: "Kari")
        let made = try store.newAgreement(header: header, templateName: nil)
        #expect(made.agreement.id == "asveien-skole-2011")
        #expect(made.template?.name == "trondheim-2011")
        #expect(try store.load("asveien-skole-2011") == made.agreement)
        #expect(made.agreement.goalAreas(in: .common).count == 3 && made.agreement.checklist.count == 10)
        #expect(throws: StartProblem.agreementExists("asveien-skole-2011", archived: false)) { try store.newAgreement(header: header, templateName: nil) }
        var later = header
        later.year = 2012
        #expect(throws: StartProblem.templateMismatch(template: "trondheim-2011", municipality: "Trondheim kommune", year: 2011,
                                                      agreementMunicipality: "Trondheim kommune", agreementYear: 2012)) {
            try store.newAgreement(header: later, templateName: "trondheim-2011")
        }
        let bare = try store.newAgreement(header: later, templateName: nil)
        #expect(bare.template == nil && bare.agreement.goalAreas.isEmpty, "no template for 2012: an empty start, and the caller says so")
        // A second template of the same municipality and year, written later, is the newest.
        var revised = try store.loadTemplate("trondheim-2011").template
        revised.name = "trondheim-2011-revidert"
        revised.about.purpose = "Revidert formål."
        Thread.sleep(forTimeInterval: 0.01)
        try store.saveTemplate(revised, replacing: false)
        #expect(store.newestTemplate(municipality: "Trondheim kommune", year: 2011)?.template.name == "trondheim-2011-revidert")
        #expect(throws: StartProblem.unitMissing) { try store.newAgreement(header: AgreementHeader(municipality: "", unit: " – ", serviceArea: "", year: 2011), templateName: nil) }
        withExtendedLifetime(folder) {}
    }

    @Test func applyIsAllOrNothingPerAgreementAndRespectsLocks() throws {
        let (folder, store) = try sampleStore()
        _ = try store.newAgreement(header: AgreementHeader(municipality: "Trondheim kommune", unit: "Lade skole", serviceArea: "", year: 2011), templateName: nil)
        var template = try store.loadTemplate("trondheim-2011").template
        template.checklist.append(TemplateTask(id: "nyoppg1", task: "Ny oppgave fra rådmannen"))
        let before = folder.bytes("hoeggen-skole-2011.json")
        let dry = store.apply(template, to: "hoeggen-skole-2011", dryRun: true, amendment: Self.amendment)
        guard case .changed(let result) = dry else { Issue.record("expected a change, got \(dry)"); return }
        #expect(result.amended, "the sample is in Oppfølging: an amendment")
        #expect(folder.bytes("hoeggen-skole-2011.json") == before, "a dry run changes nothing")
        // Another session (PID 1, always alive) has Lade open: refused and left as it was.
        folder.write(".lade-skole-2011.lock", #"{"host":"\#(AgreementLock.hostName())","pid":1,"since":"2011-03-14T10:42:00+01:00"}"#)
        let lade = folder.bytes("lade-skole-2011.json")
        let refused = store.apply(template, to: "lade-skole-2011", dryRun: false, amendment: Self.amendment)
        guard case .failed(.heldElsewhere(id: "lade-skole-2011", _)) = refused else { Issue.record("expected a refusal, got \(refused)"); return }
        #expect(folder.bytes("lade-skole-2011.json") == lade)
        try FileManager.default.removeItem(atPath: folder.path + "/.lade-skole-2011.lock")
        guard case .changed = store.apply(template, to: "hoeggen-skole-2011", dryRun: false, amendment: Self.amendment) else { Issue.record("not applied"); return }
        let hoeggen = try store.load("hoeggen-skole-2011")
        #expect(hoeggen.checklist.last?.task == "Ny oppgave fra rådmannen")
        #expect(hoeggen.amendments.last?.reason == "trondheim-2011")
        // A closed agreement is skipped; one of another year is not the template's.
        var closed = hoeggen
        closed.phase = .closed
        try store.save(closed)
        #expect(store.apply(template, to: "hoeggen-skole-2011", dryRun: false, amendment: Self.amendment) == .skippedClosed)
        #expect(store.apply(template, to: "eide-barneskole-2013", dryRun: false, amendment: Self.amendment) == .notFor(municipality: "Eide kommune", year: 2013))
        // A save that fails leaves the file as it was and is reported.
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: folder.path + "/lade-skole-2011.json")
        let failed = store.apply(template, to: "lade-skole-2011", dryRun: false, amendment: Self.amendment)
        guard case .failed(.store) = failed else { Issue.record("expected a failure, got \(failed)"); return }
        #expect(folder.bytes("lade-skole-2011.json") == lade)
    }

}
