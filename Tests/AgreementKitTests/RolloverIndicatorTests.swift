import AgreementKit
import TestSupport
import Testing

/// Issue 18 across years: a carried row's measured indicators come along with their whole
/// series, so next year's chart starts with last year's values, and carrying again never
/// doubles a value.
@Suite("Next year's agreement carries the indicators' history")
struct RolloverIndicatorTests {
    static func sickLeave() -> Indicator {
        Indicator(id: "i1", name: "Sykefravær", unit: .percent, better: .lower, perspective: .employee,
                  baseline: IndicatorValue(period: Period(id: "2011-Q1")!, value: 14, source: "Personalsystemet"),
                  targets: [IndicatorValue(period: Period(id: "2011")!, value: 8)],
                  results: [IndicatorValue(period: Period(id: "2011-Q1")!, value: 14), IndicatorValue(period: Period(id: "2011-Q3")!, value: 9.5)],
                  comparisons: [ComparisonValue(kind: .national, period: Period(id: "2011")!, value: 6.3, source: "SSB")])
    }

    private func yearEnd() -> Agreement {
        var a = RolloverTests.yearEnd()
        a.goalAreas[2].rows[0].indicators = [Self.sickLeave()]
        return a
    }

    @Test func aCarriedRowKeepsTheSeriesUnderANewID() throws {
        let source = yearEnd()
        let made = Rollover(from: source, template: nil).make(unmetNote: { _, _ in "" }, newID: RolloverTests.ids())
        let row = try #require(made.goalAreas.first { $0.section == .own }?.rows.first)
        let carried = try #require(row.indicators.first)
        #expect(row.indicators.count == 1)
        #expect(carried.id != "i1", "an indicator of next year's agreement has its own id")
        var expected = Self.sickLeave()
        expected.id = carried.id
        #expect(carried == expected, "baseline, targets, results and comparisons come along")
        #expect(source.goalAreas[2].rows[0].indicators == [Self.sickLeave()], "last year's agreement is never modified")
    }

    @Test func carryingAgainNeverDoublesAValue() throws {
        var next = Rollover(from: yearEnd(), template: nil).make(unmetNote: { _, _ in "" }, newID: RolloverTests.ids())
        let area = try #require(next.goalAreas.firstIndex { $0.section == .own })
        next.goalAreas[area].rows[0].indicators[0].set(.result, IndicatorValue(period: Period(id: "2012-Q1")!, value: 7))
        next.phase = .closed
        var ids = 100
        let third = Rollover(from: next, template: nil).make(unmetNote: { _, _ in "" }, newID: { ids += 1; return ItemID("m\(ids)") })
        let indicator = try #require(third.goalAreas.first { $0.section == .own }?.rows.first?.indicators.first)
        #expect(indicator.results.map(\.period.description) == ["2011-Q1", "2011-Q3", "2012-Q1"])
        #expect(indicator.comparisons.count == 1 && indicator.targets.count == 1)
        #expect(indicator.baseline == Self.sickLeave().baseline)
    }
}
