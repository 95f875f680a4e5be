import AgreementKit
import Catalogue
import Testing

@Suite("Words of the exports, the print copy, the log report and the minutes (bokmål)")
struct ExportWordingTests {
    let words = Language.nb.words

    @Test func everyFixedTextIsWorded() {
        for text in ExportText.allCases { #expect(!words.export(text).isEmpty, "\(text)") }
    }

    @Test func theFormsWordingWithItsValues() {
        #expect(words.exportTitle(year: 2011, unit: "Hoeggen skole") == "Lederavtale 2011 – Hoeggen skole")
        #expect(words.resultGoalColumn(number: "1") == "Resultatmål 1")
        #expect(words.resultGoalColumn(number: "") == "Resultatmål")
        #expect(words.assessmentHeading(section: .serviceArea, number: "2", title: "Samarbeid")
            == "Resultatvurdering av lederavtalens resultatmål 2 for tjenesteområdet: Samarbeid")
        #expect(words.legend(.orange) == "fylles ut løpende og legges fram i forbindelse med midtveissamtalen")
        #expect(words.export(.signatures) == "Underskrifter")
        #expect(words.languageTag == "nb")
        let parts = words.pageNumberParts
        #expect(parts.before + "3" + parts.between + "12" + parts.after == "side 3 av 12")
    }

    @Test func theLogAndTheMinutesCount() {
        let day = LocalDate(year: 2011, month: 3, day: 1)
        #expect(words.logPeriod(from: nil, to: nil) == "hele året")
        #expect(words.logPeriod(from: day, to: nil) == "fra 01.03.2011")
        #expect(words.logSummary(period: "hele året", entries: 1) == "Periode: hele året · 1 loggføring")
        #expect(words.minutesLogCount(2) == "(2 loggføringer)")
        #expect(words.minutesTitle(kind: .yearEnd, year: 2011) == "Referat – Resultatvurdering 2011")
        #expect(words.rowTitle(index: 2, targetNumber: "") == "Rad 3")
    }
}
