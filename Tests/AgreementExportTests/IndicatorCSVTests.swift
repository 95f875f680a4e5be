import AgreementExport
import AgreementKit
import AgreementStore
import Testing

@Suite("Indicator CSV: header-named columns, quotes, every problem at its line and column")
struct IndicatorCSVTests {
    private func records(_ text: String) throws -> [IndicatorCSV.Record] {
        try IndicatorCSV.parse(text).get()
    }

    private func problems(_ text: String) -> [IndicatorCSV.Located] {
        guard case .failure(let p) = IndicatorCSV.parse(text) else { return [] }
        return p.all
    }

    @Test func columnsInAnyOrderWithQuotesSemicolonsAndABOM() throws {
        let text = "\u{FEFF}value;Agreement;goal;indicator;period;source\n\"5,2\";eide;2.1/1;Sykefravær;2013-Q1;\"Udir; \"\"nasjonale\"\" prøver\"\n\n"
        let lines = try records(text)
        try #require(lines.count == 1)
        #expect(lines[0].line == 2)
        #expect(lines[0].text(.value) == "5,2")
        #expect(lines[0].text(.agreement) == "eide")
        #expect(lines[0].text(.source) == "Udir; \"nasjonale\" prøver")
        #expect(lines[0].column(.goal) == 12)
        #expect(lines[0].text(.kind) == "")
    }

    @Test func commaAndTabSeparatedFilesAreReadToo() throws {
        #expect(try records("agreement,goal,indicator,period,value\neide,2.1/1,Sykefravær,2013-Q1,\"6,5\"\n")[0].text(.value) == "6,5")
        #expect(try records("agreement\tgoal\tindicator\tperiod\tvalue\neide\t2.1/1\tSykefravær\t2013\t6.5\n")[0].text(.period) == "2013")
    }

    @Test func headerProblemsAreLocated() {
        #expect(problems("").map(\.problem) == [.empty])
        #expect(problems("eide;2.1/1;x;2013;5\n").first?.problem == .headerMissing(expected: IndicatorCSV.Column.allCases.map(\.rawValue)))
        let found = problems("agreement;goal;indicator;period;value;colour;goal\n")
        #expect(found.map(\.column) == [39, 46])
        #expect(found.map(\.problem) == [.unknownColumn("colour", known: IndicatorCSV.Column.allCases.map(\.rawValue)), .duplicateColumn("goal")])
        #expect(problems("agreement;goal;indicator;period\n").map(\.problem) == [.missingColumn("value")])
    }

    @Test func aLineWithTooFewFieldsOrAnOpenQuoteIsNamed() {
        let short = problems("agreement;goal;indicator;period;value\neide;2.1/1;x;2013;5\neide;2.1/1;x\n")
        #expect(short.map(\.line) == [3])
        #expect(short.map(\.problem) == [.fieldCount(found: 3, expected: 5)])
        let open = problems("agreement;goal;indicator;period;value\neide;2.1/1;\"x;2013;5\n")
        #expect(open.map { [$0.line, $0.column] } == [[2, 12]])
        #expect(open.map(\.problem) == [.unterminatedQuote])
    }

    @Test func theExportIsReadBackValueForValue() throws {
        let eide = try #require(try SampleCatalog.agreements().first { $0.id == "eide-barneskole-2013" })
        let text = IndicatorCSV.write([eide])
        #expect(text.hasPrefix("agreement;goal;indicator;period;value;kind;source;unit;better;perspective\n"))
        let lines = try records(text)
        #expect(lines.count == 2)
        #expect(lines.map { $0.text(.kind) } == ["baseline", "result"])
        #expect(lines.map { $0.text(.value) } == ["14", "6"])
        #expect(lines.allSatisfy { $0.text(.goal) == "2.1/1" && $0.text(.indicator) == "Sykefravær" && $0.text(.unit) == "percent" })
    }

    @Test func aFormulaIsNeutralizedOnTheWayOutAndRestoredOnTheWayIn() throws {
        var eide = try #require(try SampleCatalog.agreements().first { $0.id == "eide-barneskole-2013" })
        let id = try #require(eide.allIndicators.first?.indicator.id)
        eide.updateIndicator(id) { $0.name = "=SUM(A1)" }
        let text = IndicatorCSV.write([eide])
        #expect(text.contains(";'=SUM(A1);"))
        #expect(try records(text)[0].text(.indicator) == "=SUM(A1)")
    }
}
