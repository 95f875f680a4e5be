import AgreementKit
@testable import AgreementStore
import Foundation
import Testing

/// The Hoeggen sample against the form it was transcribed from (`__Reference__/`, the text of
/// the municipal PDF): every line of the form that belongs to the agreement is in the sample, in
/// order, and nothing in the sample is missing from the form. The form's own labels (section
/// headings, column titles, the assessment boxes, page headers) are the program's to print and
/// are left out; white space is ignored, as the PDF's text wraps cells where it likes.
@Suite("The Hoeggen sample is the form, line by line")
struct SampleFidelityTests {
    static let referencePath: String = {
        var url = URL(fileURLWithPath: #filePath)
        url.deleteLastPathComponent()
        return url.path + "/__Reference__/lederavtale-trondheim-hoeggen-2011.txt"
    }()

    /// Lines the form prints itself: headings, column titles, the assessment and checklist boxes,
    /// page headers. Matched after white space is collapsed.
    static let formLabels: Set<String> = [
        "Kommunaldirektør", "TRONDHEIM KOMMUNE", "Rådmannen", "Lederavtalen for 2011",
        "1. OM AVTALEN", "Avtalens formål", "1.2 Parter", "1.3 Felles verdier og rammer", "1.4 Virkeområde", "1.5 Ledervurdering",
        "Følgende områder danner grunnlaget for ledervurdering i 2011:",
        "Er følgende oppgaver utført i 2011?", "Utført", "Ikke utført", "Kommentar",
        "2. RESULTATMÅL 2011", "2.1 Felles resultatmål", "2.2 Resultatmål for tjenesteområdet",
        "3. ENHETENS EGNE SATSINGSOMRÅDER 2011",
        "3.1 Organisatoriske, driftsmessige eller bygningsmessige forhold som kan påvirke resultatoppnåelsen 2011",
        "Kontaktpersons eventuelle kommentarer:", "3.2 Enhetens egne resultatmål", "Enhetens egne resultatmål",
        "Resultatmål", "Resultatmål 1", "Resultatmål 2", "Resultatmål 3", "Mål for Hoeggen skole", "Tiltak", "Støtte",
        "LOGG – gjennomførte tiltak", "Enhetsleders vurdering:", "Ut over avtalen", "I tråd med avtalen", "Mindre enn avtalen",
        "Enhetsleders kommentarer til gjennomførte tiltak og oppnådde resultater:",
        "Kontaktpersonens kommentar til gjennomførte tiltak og oppnådde resultater:",
    ]

    /// Labels the form puts in front of a cell's text.
    static let leadingLabels = ["Enhetsleders beskrivelse:", "Tiltak:"]

    /// True for a line the form prints itself.
    static func isFormLabel(_ line: String) -> Bool {
        formLabels.contains(line) || line.hasPrefix("Resultatvurdering ")
            || line.range(of: #"^\d\. (Gjennomførte tiltak er|Måloppnåelse for enheten er):$"#, options: .regularExpression) != nil
    }

    /// The form's text with its one extraction artefact put right: a bullet the PDF's text
    /// turned into the digit 4 (line 353, "4 5 % bedre score …").
    static func referenceLines() throws -> [(number: Int, text: String)] {
        let text = try String(contentsOfFile: referencePath, encoding: .utf8)
            .replacingOccurrences(of: "4 5 % bedre score", with: "· 5 % bedre score")
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { ($0.offset + 1, collapse(String($0.element))) }
    }

    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init))
    }

    /// The sample's texts in the form's order: section 1, the checklist, each goal area (its
    /// heading, then each row's cells left to right), section 3.1 between 2.2 and 3.2.
    static func sampleTexts(_ a: Agreement) -> [String] {
        var texts = [a.about.purpose, a.about.parties, a.about.values, a.about.scope] + a.about.leaderAssessmentBasis
        texts += a.checklist.map(\.task)
        func area(_ area: GoalArea) {
            if area.subGoals.isEmpty { texts.append("\(area.number). \(area.title)") }
            texts += area.subGoals.map { "\($0.number). \($0.title)" }
            for row in area.rows {
                texts.append(row.resultGoal)
                texts.append(row.targetNumber.isEmpty ? row.target : "\(row.targetNumber). \(row.target)")
                texts.append(row.indicator)
                texts += row.measures.map { $0.kind == .indicator ? "Indikator: \($0.text)" : $0.text }
                texts += row.support.map(\.text)
            }
        }
        for a2 in a.goalAreas where a2.section != .own { area(a2) }
        texts += [a.conditions.leaderDescription, a.conditions.contactComment]
        for a2 in a.goalAreas(in: .own) { area(a2) }
        return texts.filter { !$0.isEmpty }
    }

    static var hoeggen: Agreement {
        get throws { try #require(try SampleCatalog.agreements().first { $0.id == "hoeggen-skole-2011" }) }
    }

    @Test func everyLineOfTheFormIsInTheSampleInOrder() throws {
        let sample = Self.squeezed(Self.sampleTexts(try Self.hoeggen).joined())
        var position = sample.startIndex
        var checked = 0
        for (number, line) in try Self.referenceLines() where !line.isEmpty && !Self.isFormLabel(line) {
            var text = line
            for label in Self.leadingLabels where text.hasPrefix(label) { text = String(text.dropFirst(label.count)) }
            text = String(text.drop { "·∙•".contains($0) })
            let wanted = Self.squeezed(text)
            guard !wanted.isEmpty else { continue }
            guard let found = sample.range(of: wanted, range: position..<sample.endIndex) else {
                let earlier = sample.range(of: wanted) != nil ? " (it is in the sample, but earlier: out of order)" : ""
                Issue.record("line \(number) of the form is not in the sample\(earlier): «\(line)»")
                return
            }
            position = found.upperBound
            checked += 1
        }
        #expect(checked >= 240, "only \(checked) lines of the form were checked: are labels swallowing data?")
    }

    @Test func nothingInTheSampleIsMissingFromTheForm() throws {
        let a = try Self.hoeggen
        let form = Self.squeezed(try Self.referenceLines().map(\.text).joined())
        var texts = Self.sampleTexts(a) + [a.header.unit, a.header.serviceArea, a.header.leader, a.header.director, a.header.contactPerson]
        texts += a.allRows.map(\.targetNumber) + a.goalAreas.map(\.number)
        for text in texts where !text.isEmpty {
            // A bullet the sample writes inside a text stands for the form's bullet glyph.
            let wanted = Self.squeezed(text)
            #expect(form.contains(wanted), "the sample has «\(text)», which the form does not")
        }
        #expect(form.lowercased().contains(Self.squeezed(a.header.municipality).lowercased()))
    }

    @Test func theFormsStructureIsKept() throws {
        let a = try Self.hoeggen
        #expect(a.goalAreas.count == 14)
        #expect(a.header.serviceArea == "", "the form names no service area")
        // Miljø is one row: the environmental plan with its headings, instruction and indicators.
        let environment = try #require(a.goalAreas.first { $0.title == "Miljø" })
        #expect(environment.rows.count == 1)
        let row = try #require(environment.rows.first)
        #expect(row.measures.filter { $0.kind == .indicator }.map(\.text) == ["Redusere strømutgifter", "Redusert foreldre- og ansattekjøring.", "Bedre kildesortering."])
        #expect(row.measures.filter { $0.kind == .instruction }.map(\.text) == ["Beskriv minst ett mål med tiltak innenfor hvert av områdene energi, transport og avfall."])
        #expect(row.measures.contains { $0.kind == .heading && $0.text == "Enhetens miljøhandlingsplan for 2011" })
        #expect(row.support.count == 8)
        // Sub-list headings stand once, above their items.
        let volunteering = try #require(a.goalAreas.first { $0.title == "Frivillighet" }?.rows.first)
        #expect(volunteering.support.filter { $0.kind == .heading }.map(\.text) == ["Lederportalen:", "Hjemmeside for frivillighet:"])
        #expect(!volunteering.support.contains { $0.text.hasPrefix("Hjemmeside for frivillighet: ") })
        let absence = try #require(a.goalAreas.first { $0.title == "Redusert sykefravær" }?.rows.first)
        #expect(absence.measures.first?.kind == .heading && absence.measures.first?.text == "Sammen med AMG skal enh.l:")
        #expect(absence.measures.dropFirst().allSatisfy { !$0.text.hasPrefix("Sammen med AMG") })
        // 1a and 1b: two result goals under one goal area and one assessment.
        let learning = try #require(a.goalAreas(in: .serviceArea).first)
        #expect(learning.number == "1")
        #expect(learning.subGoals.map(\.number) == ["1a", "1b"])
        #expect(learning.rows[1].resultGoal.hasPrefix("Elevene har økt læringsutbytte i\n"))
        // 3.2: the unit's own result goals are the rows' result goals.
        for area in a.goalAreas(in: .own) {
            #expect(area.rows.map(\.resultGoal) == [area.title])
            #expect(area.rows.allSatisfy { $0.target.isEmpty && $0.targetNumber.isEmpty })
        }
        #expect(AgreementValidator.validate(a) == [])
    }
}
