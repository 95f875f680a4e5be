import AgreementKit
import Testing

/// A period from its file form, for tests.
func period(_ id: String) -> Period { Period(id: id)! }

@Suite("Measured indicators: series, targets, status, trend")
struct IndicatorTests {
    static func sickLeave(results: [(String, Double)] = [], target: (String, Double)? = ("2011", 5.2)) -> Indicator {
        Indicator(id: "i1", name: "Sykefravær", unit: .percent, better: .lower, perspective: .employee,
                  targets: target.map { [IndicatorValue(period: period($0.0), value: $0.1)] } ?? [],
                  results: results.map { IndicatorValue(period: period($0.0), value: $0.1) })
    }

    @Test func withoutResultsThereIsNoDataAndNoTrend() {
        let indicator = Self.sickLeave()
        #expect(indicator.status == .noResult)
        #expect(indicator.status.isNoData)
        #expect(indicator.trend == nil)
        #expect(indicator.series.isEmpty)
    }

    @Test func theStatusFlipsWhenTheTargetIsMet() {
        var indicator = Self.sickLeave(results: [("2011-Q1", 6.1)])
        #expect(indicator.status == .notMet)
        indicator.set(.result, IndicatorValue(period: period("2011-Q2"), value: 5.6))
        #expect(indicator.status == .notMet)
        #expect(indicator.trend == Trend(direction: .down, improving: true))
        indicator.set(.result, IndicatorValue(period: period("2011-Q3"), value: 5.2))
        #expect(indicator.status == .met, "reaching the target exactly meets it")
        #expect(indicator.series.map(\.value) == [6.1, 5.6, 5.2])
    }

    @Test func higherIsBetterMeetsFromAbove() {
        let indicator = Indicator(id: "i", name: "Lesing", unit: .score, better: .higher,
                                  targets: [IndicatorValue(period: period("2013"), value: 50)],
                                  results: [IndicatorValue(period: period("2012"), value: 52), IndicatorValue(period: period("2013"), value: 49)])
        #expect(indicator.status == .notMet)
        #expect(indicator.trend == Trend(direction: .down, improving: false))
        #expect(indicator.status(of: indicator.results[0]) == .noTarget)
    }

    @Test func aYearsTargetAppliesToItsQuartersAndAnExactOneWins() {
        var indicator = Self.sickLeave(results: [("2011-Q2", 5.0)])
        #expect(indicator.target(for: period("2011-Q2"))?.value == 5.2)
        indicator.set(.target, IndicatorValue(period: period("2011-T1"), value: 6))
        indicator.set(.target, IndicatorValue(period: period("2011-Q2"), value: 4.5))
        #expect(indicator.target(for: period("2011-Q2"))?.value == 4.5)
        #expect(indicator.target(for: period("2011-03"))?.value == 6, "the shortest period that contains it")
        #expect(indicator.status == .notMet)
        #expect(indicator.target(for: period("2012-Q1")) == nil)
    }

    @Test func resultsOutsideEveryTargetHaveNoTarget() {
        let indicator = Self.sickLeave(results: [("2012-Q1", 4.0)])
        #expect(indicator.status == .noTarget)
        #expect(indicator.currentTarget?.period == period("2011"), "the latest target is still shown")
    }

    @Test func settingTheSameValueTwiceChangesNothingAndAPeriodHasOneValue() {
        var indicator = Self.sickLeave(results: [("2011-Q1", 6)])
        let before = indicator
        indicator.set(.result, IndicatorValue(period: period("2011-Q1"), value: 6))
        #expect(indicator == before)
        indicator.set(.result, IndicatorValue(period: period("2011-Q1"), value: 5.9, source: "HR"))
        #expect(indicator.results == [IndicatorValue(period: period("2011-Q1"), value: 5.9, source: "HR")])
        indicator.set(.result, IndicatorValue(period: period("2010-Q4"), value: 7))
        #expect(indicator.results.map(\.period.id) == ["2010-Q4", "2011-Q1"], "kept in period order")
    }

    @Test func comparisonsAreKeptPerKindAndPeriod() {
        var indicator = Self.sickLeave(results: [("2011-Q1", 6)])
        indicator.set(.national, IndicatorValue(period: period("2011-Q1"), value: 6.4, source: "SSB"))
        indicator.set(.municipality, IndicatorValue(period: period("2011-Q1"), value: 8.1))
        indicator.set(.national, IndicatorValue(period: period("2010"), value: 6.6))
        #expect(indicator.comparisons.count == 3)
        #expect(indicator.comparison(.national)?.value == 6.4, "the one for the last result's period")
        #expect(indicator.value(.municipality, for: period("2011-Q1"))?.value == 8.1)
        let removed = indicator.remove(.national, for: period("2011-Q1"))
        let again = indicator.remove(.national, for: period("2011-Q1"))
        #expect(removed && !again)
        #expect(indicator.comparison(.national)?.value == 6.6)
    }

    @Test func theBaselineStartsTheSeriesWhenItComesFirst() {
        var indicator = Indicator(id: "e", name: "Sykefravær", unit: .percent, better: .lower,
                                  baseline: IndicatorValue(period: period("2012-Q1"), value: 14),
                                  results: [IndicatorValue(period: period("2013-Q1"), value: 6)])
        #expect(indicator.series == [SeriesPoint(period: period("2012-Q1"), value: 14, isBaseline: true), SeriesPoint(period: period("2013-Q1"), value: 6)])
        #expect(indicator.trend == Trend(direction: .down, improving: true))
        #expect(indicator.status == .noTarget)
        #expect(indicator.periods.map(\.id) == ["2012-Q1", "2013-Q1"])
        indicator.set(.result, IndicatorValue(period: period("2012-Q1"), value: 14))
        #expect(indicator.series.filter(\.isBaseline).isEmpty, "a result for the baseline's period stands for it")
    }

    /// A row carried into next year's agreement keeps its indicators whole: every value carries
    /// its own period, so the series — and the chart — span both years.
    @Test func aCarriedIndicatorKeepsItsSeriesAcrossTheYears() {
        var lastYear = Self.sickLeave(results: [("2011-Q3", 5.8), ("2011-Q4", 5.4)])
        lastYear.set(.target, IndicatorValue(period: period("2012"), value: 5.0))
        var carried = lastYear
        carried.set(.result, IndicatorValue(period: period("2012-Q1"), value: 4.9))
        #expect(carried.series.map(\.period.id) == ["2011-Q3", "2011-Q4", "2012-Q1"])
        #expect(carried.status == .met)
        #expect(carried.status(of: carried.results[0]) == .notMet, "last year's results keep last year's target")
    }
}
