import AgreementExport
import AgreementKit
import Foundation
import FoundationXML
import Testing

@Suite("HTML export: one well-formed, self-contained page like the form")
struct HTMLExportTests {
    private func html(_ agreement: Agreement, isPublic: Bool = false) throws -> String {
        try AgreementExporter.export(agreement, as: .html, isPublic: isPublic, words: ExportFixtures.words).text
    }

    @Test func theCheckerIsStrictWhereXMLDocumentIsNot() {
        #expect(!StrictXML.errors("<html><body><br></body></html>").isEmpty)
        #expect(!StrictXML.errors("<html><body>&nbsp;</body></html>").isEmpty)
        #expect(StrictXML.errors("<!DOCTYPE html>\n<html><body><br/>&amp;</body></html>").isEmpty)
    }

    @Test func theHoeggenPageIsWellFormedWithATablePerGoalArea() throws {
        let agreement = try ExportFixtures.hoeggen()
        let doc = try StrictXML.document(try html(agreement))
        let goalTables = try doc.all("//table[\(XMLNode.hasClass("goals"))]")
        #expect(goalTables.count == 14)
        #expect(try doc.all("//section[\(XMLNode.hasClass("goal-area"))]").count == 14)
        #expect(try doc.all("//table[\(XMLNode.hasClass("goals"))]/tbody/tr").count == 24)
        let headers = try doc.all("(//table[\(XMLNode.hasClass("goals"))])[1]/thead/tr/th").map { $0.stringValue ?? "" }
        #expect(headers == ["BResultatmål 1", "BMål for Hoeggen skole", "BTiltak", "BStøtte", "OLogg – gjennomførte tiltak"])
        #expect(try doc.all("//section[@data-section='2.1']").count == 3)
        #expect(try doc.all("//section[@data-section='2.2']").count == 8)
        #expect(try doc.all("//section[@data-section='3.2']").count == 3)
    }

    @Test func everyAssessmentShowsAllThreeOptionsAndMarksTheChosenOne() throws {
        let agreement = try ExportFixtures.hoeggen()
        let doc = try StrictXML.document(try html(agreement))
        let assessments = try doc.all("//table[\(XMLNode.hasClass("assessment"))]")
        #expect(assessments.count == 14)
        for table in assessments {
            let head = try table.all("thead/tr/th").map { $0.stringValue ?? "" }
            #expect(head == ["Enhetsleders vurdering:", "Ut over avtalen", "I tråd med avtalen", "Mindre enn avtalen"])
            #expect(try table.all("tbody/tr/th").map { $0.stringValue ?? "" } == ["1. Gjennomførte tiltak er:", "2. Måloppnåelse for enheten er:"])
            #expect(try table.all("tbody/tr/td[\(XMLNode.hasClass("mark"))]").count == 6)
        }
        let first = try #require(assessments.first)
        let chosen = try first.all("tbody/tr/td[\(XMLNode.hasClass("chosen"))]")
        #expect(chosen.compactMap { ($0 as? XMLElement)?.attribute(forName: "data-value")?.stringValue } == ["beyondAgreement", "asAgreed"])
        #expect(chosen.map { $0.stringValue ?? "" } == ["X", "X"])
        let sickness = try doc.all("(//table[\(XMLNode.hasClass("assessment"))])[2]/tbody/tr[@data-question='attainment']/td[\(XMLNode.hasClass("chosen"))]")
        #expect(sickness.compactMap { ($0 as? XMLElement)?.attribute(forName: "data-value")?.stringValue } == ["belowAgreement"])
        #expect(try doc.all("//td[\(XMLNode.hasClass("chosen"))]").count == 3 * 2 + 3)  // three rated areas, three checklist marks
    }

    @Test func theLogIsInTheOrangeColumnByDateWithTheMeasureNamed() throws {
        let doc = try StrictXML.document(try html(try ExportFixtures.hoeggen()))
        let log = try doc.all("(//table[\(XMLNode.hasClass("goals"))])[1]/tbody/tr[1]/td[5]")
        let cell = try #require(log.first as? XMLElement)
        #expect(cell.attribute(forName: "class")?.stringValue == "orange")
        let items = try cell.all("ul/li").map { $0.stringValue ?? "" }
        #expect(items.count == 2)
        #expect(items.first?.hasPrefix("02.02.2011 Kortreist kultur") == true)
        #expect(items.last?.hasPrefix("14.03.2011 Avtale med Othilienborg IL") == true)
        #expect(items.last?.contains("(tiltak: Othilienborg IL") == true)
    }

    @Test func headerChecklistSectionsAndRecordAreThere() throws {
        let doc = try StrictXML.document(try html(try ExportFixtures.hoeggen()))
        let header = try doc.all("//table[\(XMLNode.hasClass("parties"))]//tr").map { $0.stringValue ?? "" }
        #expect(header.contains("KommuneTrondheim kommune"))
        #expect(header.contains("EnhetslederKari Nordmann"))
        #expect(header.contains("KontaktpersonPer Kontakt"))
        #expect(header.contains("FaseGResultatvurdering"))
        let checklist = try doc.all("//table[\(XMLNode.hasClass("checklist"))]/tbody/tr")
        #expect(checklist.count == 10)
        let marks = try doc.all("//table[\(XMLNode.hasClass("checklist"))]//td[\(XMLNode.hasClass("chosen"))]")
            .compactMap { ($0 as? XMLElement)?.attribute(forName: "data-value")?.stringValue }
        #expect(marks == ["done", "done", "notDone"])
        let headings = try doc.all("//h2/text() | //h3/text()").map { $0.stringValue ?? "" }
        for expected in ["1. Om avtalen", "1.1 Avtalens formål", "1.5 Ledervurdering", "2. Resultatmål 2011", "2.1 Felles resultatmål",
                         "2.2 Resultatmål for tjenesteområdet", "3. Enhetens egne satsingsområder 2011", "3.2 Enhetens egne resultatmål",
                         "4. Enhetsleders personlige utviklingsmål", "Endringer i avtalen", "Signaturer", "Samtaler", "Forbedringsplaner"] {
            #expect(headings.contains(expected), "missing heading \(expected)")
        }
        #expect(headings.contains { $0.hasPrefix("3.1 Organisatoriske") })
        #expect(try doc.all("//ul[\(XMLNode.hasClass("personal-goals"))]/li").count == 3)
    }

    @Test func selfContainedWithCharsetPhaseColoursAndAPrintLayout() throws {
        let text = try html(try ExportFixtures.hoeggen())
        let doc = try StrictXML.document(text)
        #expect(try doc.all("//meta[@charset='utf-8']").count == 1)
        #expect(try doc.all("//script | //link | //img | //iframe | //object | //embed").isEmpty)
        #expect(try doc.all("//*[@src or @href]").isEmpty)
        let css = try #require(try doc.all("//style").first?.stringValue)
        #expect(!css.contains("url(") && !css.contains("@import"))
        #expect(css.contains("#0072B2") && css.contains("#E69F00") && css.contains("#009E73"))
        #expect(css.contains("@media print"))
        #expect(!css.contains("overflow-wrap: anywhere"), "a word may only break where it has room")
        let tags = try doc.all("//span[\(XMLNode.hasClass("tag"))]").map { $0.stringValue ?? "" }
        #expect(Set(tags) == ["B", "O", "G"])
        #expect(try doc.all("//html[@lang='nb']").count == 1)
    }

    @Test func thePrintCopyIsA4WithLandscapeGoalTablesAndBreaksOnlyBeforeSectionsTwoAndFour() throws {
        let doc = try StrictXML.document(try html(try ExportFixtures.hoeggen()))
        let css = try #require(try doc.all("//style").first?.stringValue)
        for rule in ["@page { size: A4;", "@page wide { size: A4 landscape;", ".part.wide { page: wide; }", ".part.page { break-before: page; }",
                     ".goal-area { margin-top: 0; padding-top: 2mm; break-inside: avoid; }", ".assessment-block { break-before: avoid; }"] {
            #expect(css.contains(rule), "missing \(rule)")
        }
        let breaks = try doc.all("//*[\(XMLNode.hasClass("page"))]").compactMap { ($0 as? XMLElement)?.attribute(forName: "id")?.stringValue }
        #expect(breaks == ["punkt-2", "punkt-4"])
        let wide = try doc.all("//*[\(XMLNode.hasClass("wide"))]").compactMap { ($0 as? XMLElement)?.attribute(forName: "id")?.stringValue }
        #expect(wide == ["punkt-2", "punkt-3"])
        #expect(try doc.all("//section[@id='punkt-2']//section[\(XMLNode.hasClass("goal-area"))]").count == 11)
        #expect(try doc.all("//section[@id='punkt-3']//section[\(XMLNode.hasClass("goal-area"))]").count == 3)
        // Each goal area holds its assessment; only an area too tall for one page may be split.
        #expect(try doc.all("//section[\(XMLNode.hasClass("goal-area"))][not(.//div[\(XMLNode.hasClass("assessment-block"))])]").isEmpty)
        // Miljø, one row as in the form, now fits on a page; a long area is tested with made-up text.
        let long = try doc.all("//section[\(XMLNode.hasClass("long"))]/h4").map { $0.stringValue ?? "" }
        #expect(long == [])
    }

    @Test func anAreaTallerThanAPageFlowsOnInsteadOfBeingKeptWhole() throws {
        var agreement = try ExportFixtures.hoeggen()
        let i = try #require(agreement.goalAreas.firstIndex { $0.title == "Miljø" })
        agreement.goalAreas[i].rows[0].measures += (0..<40).map { Measure(id: ItemID("lang\($0)"), text: "Et tiltak til, nummer \($0)") }
        let doc = try StrictXML.document(try html(agreement))
        let long = try doc.all("//section[\(XMLNode.hasClass("long"))]/h4").map { $0.stringValue ?? "" }
        #expect(long == ["3. Miljø"])
    }

    @Test func runningHeaderAndPageNumbersAreInThePageMargins() throws {
        let doc = try StrictXML.document(try html(try ExportFixtures.hoeggen()))
        let css = try #require(try doc.all("//style").first?.stringValue)
        #expect(css.contains("@top-left { content: \"Trondheim kommune · Hoeggen skole · 2011\";"))
        #expect(css.contains("@top-right { content: \"Lederavtale\";"))
        #expect(css.contains("@bottom-center { content: \"side \" counter(page) \" av \" counter(pages) \"\";"))
        #expect(css.contains("@page :first { @top-left { content: none; }"))
    }

    @Test func theRunningHeaderCannotBreakOutOfTheStylesheet() throws {
        var agreement = ExportFixtures.hostile()
        agreement.header.unit = "Skole </style><script>x()</script> \"\\ & ny\nlinje"
        let text = try html(agreement)
        let doc = try StrictXML.document(text)
        #expect(try doc.all("//script").isEmpty)
        let css = try #require(try doc.all("//style").first?.stringValue)
        #expect(css.contains(#"@top-left { content: "Testkommune · Skole \3C /style\3E \3C script\3E x()\3C /script\3E  \"\\ \26  ny\A linje · 2012";"#))
    }

    @Test func theCopyEndsWithLinesToSignOn() throws {
        let doc = try StrictXML.document(try html(try ExportFixtures.hoeggen()))
        let last = try #require(try doc.all("//main/section[last()]").first as? XMLElement)
        #expect(last.attribute(forName: "id")?.stringValue == "underskrifter")
        #expect(try last.all("h2").first?.stringValue == "Underskrifter")
        let lines = try last.all(".//div[\(XMLNode.hasClass("signature"))]").map { node in
            try node.all("p").map { $0.stringValue ?? "" }
        }
        #expect(lines == [["Sted"], ["Dato"], ["Enhetsleder", "Kari Nordmann"], ["Rådmann / kommunaldirektør", "Ola Direktør"],
                          ["Kontaktperson", "Per Kontakt"]])
        let css = try #require(try doc.all("//style").first?.stringValue)
        #expect(css.contains(".signature { border-top: 1px solid var(--ink);"))
    }

    @Test func addressesAndSlashCompoundsMayBreakOnlyAtTheirSeparators() throws {
        let text = try html(try ExportFixtures.sample())
        let doc = try StrictXML.document(text)
        #expect(text.contains("https://<wbr/>intranett<wbr/>.trondheim<wbr/>.kommune<wbr/>.no<wbr/>/miljorunden"))
        #expect(text.contains("barneskole/ ungdomsskole/<wbr/>videregående"))
        let support = try doc.all("//ul[\(XMLNode.hasClass("support"))]/li").map { $0.stringValue ?? "" }
        #expect(support.contains { $0.contains("se: https://intranett.trondheim.kommune.no/miljorunden") })
        #expect(!text.contains("\u{AD}") && !text.contains("&shy;"))
    }

    @Test func hostileTextIsEscapedAndComesBackAsWritten() throws {
        let agreement = ExportFixtures.hostile()
        let text = try html(agreement)
        let doc = try StrictXML.document(text)
        #expect(try doc.all("//script | //b").isEmpty)
        #expect(!text.contains("\u{1B}") && !text.contains("\u{07}") && !text.contains("\u{202E}"))
        let target = try doc.all("(//table[\(XMLNode.hasClass("goals"))])[1]/tbody/tr[1]/td[2]/p").first?.stringValue
        #expect(target == "1.1 " + SafeText.inert(ExportFixtures.hostileText).replacingOccurrences(of: "\n", with: ""))
        #expect(try doc.all("//title").first?.stringValue == "Lederavtale 2012 – Skole <b>\"&'|")
    }
}
