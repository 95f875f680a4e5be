import AgreementKit
import TestSupport
import Testing

@Suite("Naming rows and indicators outside the interface")
struct RowAddressTests {
    static var agreement: Agreement {
        var a = Fixtures.agreement()
        a.goalAreas[0].rows[0].targetNumber = ""
        a.goalAreas[1].number = "1a/1b"
        a.goalAreas[1].rows[1].targetNumber = "2.2"
        a.goalAreas[1].rows[0].indicators = [
            Indicator(id: "i1", name: "Sykefravær", unit: .percent, better: .lower),
            Indicator(id: "i2", name: "Sykefravær korttid", unit: .percent, better: .lower),
            Indicator(id: "i3", name: "Lesing 5. trinn", unit: .score, better: .higher),
        ]
        return a
    }

    @Test func everyRowHasAnAddressThatNamesItAndNoOther() {
        let a = Self.agreement
        let addresses = a.allRows.map { RowAddress.address(of: $0.id, in: a) }
        // r1 has no number: its area; r2 and r4 share "1.1": their place; r3 has its own number.
        #expect(addresses == ["2.1/1", "2.2/1a/1b/1", "2.2", "3.2/1"])
        for (row, address) in zip(a.allRows, addresses) {
            #expect(RowAddress.resolve(address, in: a) == .row(row.id), "\(address)")
        }
        #expect(RowAddress.resolve("r3", in: a) == .row("r3"), "the id always works")
    }

    @Test func unknownAndAmbiguousAddressesSaySo() {
        let a = Self.agreement
        #expect(RowAddress.resolve("1.1", in: a) == .ambiguous(["2.2/1a/1b/1", "3.2/1"]))
        #expect(RowAddress.resolve("2.2/1a/1b", in: a) == .ambiguous(["2.2/1a/1b/1", "2.2"]))
        guard case .none(let known) = RowAddress.resolve("9.9", in: a) else {
            Issue.record("9.9 should name nothing")
            return
        }
        #expect(known.count == 4)
        #expect(RowAddress.resolve("2.2/1a/1b/3", in: a) == .none(known: known))
    }

    @Test func indicatorsAreFoundByNameCaseAndAccentsIgnoredOrByAUniqueStart() throws {
        let row = try #require(Self.agreement.row("r2"))
        #expect(IndicatorLookup.resolve("sykefravær", in: row) == .indicator("i1"), "an exact name wins over a longer one")
        #expect(IndicatorLookup.resolve("LESING", in: row) == .indicator("i3"))
        #expect(IndicatorLookup.resolve("i2", in: row) == .indicator("i2"))
        #expect(IndicatorLookup.resolve("syke", in: row) == .ambiguous(["Sykefravær", "Sykefravær korttid"]))
        #expect(IndicatorLookup.resolve("regning", in: row) == .none(known: ["Sykefravær", "Sykefravær korttid", "Lesing 5. trinn"]))
    }
}
