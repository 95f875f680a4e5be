import AgreementExport
import AgreementKit
import AgreementStore
import Foundation
import Testing

@Suite("Public exports never carry section 4")
struct PublicExportTests {
    /// Every string in the agreement's private file (section 4) except the agreement's own id,
    /// plus section-4 text that only survives in an amendment.
    private func privateStrings(_ agreement: Agreement) throws -> [String] {
        let data = try AgreementStore(root: "/unused").encode(agreement).private
        var strings: [String] = []
        func collect(_ value: Any) {
            switch value {
            case let s as String: strings.append(s)
            case let array as [Any]: array.forEach(collect)
            case let object as [String: Any]: object.values.forEach(collect)
            default: break
            }
        }
        collect(try JSONSerialization.jsonObject(with: data))
        strings.removeAll { $0 == agreement.id }
        strings += agreement.amendments.filter { agreement.concernsPersonalGoals($0) }.flatMap { [$0.oldValue, $0.newValue] }
        return strings.filter { !$0.isEmpty }
    }

    /// The forms a string can take in an export: as written, escaped for Markdown/HTML/JSON, line by line.
    private func variants(_ secret: String) -> [String] {
        var out = [secret]
        out += secret.split(separator: "\n").map(String.init).filter { $0.count >= 8 }
        for s in out {
            out.append(s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;"))
            out.append(s.replacingOccurrences(of: "<", with: "\\<").replacingOccurrences(of: ">", with: "\\>").replacingOccurrences(of: "&", with: "\\&"))
            out.append(s.replacingOccurrences(of: "\"", with: "\\\""))
        }
        // A distinctive first word ("ALFA-hemmelig:") catches any partial leak.
        if let word = secret.split(separator: " ").first, word.count >= 8 { out.append(String(word)) }
        return out
    }

    private func check(_ agreement: Agreement, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let secrets = try privateStrings(agreement)
        for format in ExportFormat.allCases {
            let document = try AgreementExporter.export(agreement, as: format, isPublic: true, words: ExportFixtures.words)
            #expect(!document.containsPersonalGoals)
            #expect(document.fileMode == 0o644)
            let text = document.text
            for secret in secrets {
                for variant in variants(secret) {
                    #expect(!text.contains(variant), "\(format): «\(variant)» leaked", sourceLocation: sourceLocation)
                }
            }
        }
    }

    @Test func anAgreementWithSeveralPersonalGoals() throws {
        let agreement = ExportFixtures.secretive()
        #expect(try privateStrings(agreement).count == 6)  // three ids, three texts
        try check(agreement)
    }

    @Test func theHoeggenFixtureWithAnAmendedPersonalGoal() throws {
        let agreement = try ExportFixtures.hoeggen()
        #expect(try privateStrings(agreement).contains(ExportFixtures.amendedSecret))
        try check(agreement)
    }

    @Test func everySampleWithPersonalGoalsAdded() throws {
        for var sample in try SampleCatalog.agreements() {
            sample.personalGoals += ExportFixtures.secretive().personalGoals
            try check(sample)
            try check(try SampleCatalog.agreements().first { $0.id == sample.id } ?? sample)
        }
    }

    @Test func theFullExportsDoCarryThemAndSaySo() throws {
        let agreement = ExportFixtures.secretive()
        for format in ExportFormat.allCases where format != .csv {
            let document = try AgreementExporter.export(agreement, as: format, isPublic: false, words: ExportFixtures.words)
            #expect(document.containsPersonalGoals)
            #expect(document.fileMode == 0o600)
            #expect(document.text.contains("ZEBRA-privat"), "\(format)")
        }
        #expect(try !AgreementExporter.export(agreement, as: .csv, isPublic: false, words: ExportFixtures.words).containsPersonalGoals)
    }

    @Test func publicExportsSayTheSectionIsExempt() throws {
        let agreement = ExportFixtures.secretive()
        for format in [ExportFormat.markdown, .html] {
            #expect(try AgreementExporter.export(agreement, as: format, isPublic: true, words: ExportFixtures.words).text.contains("Punkt 4 er unntatt offentlighet"))
        }
    }

    @Test func publicCopyDropsOnlySectionFour() throws {
        let agreement = try ExportFixtures.hoeggen()
        let copy = agreement.publicCopy
        #expect(copy.personalGoals.isEmpty)
        #expect(copy.amendments.map(\.id) == ["am-1"])
        var expected = agreement
        expected.personalGoals = []
        expected.amendments = copy.amendments
        #expect(copy == expected)
    }
}
