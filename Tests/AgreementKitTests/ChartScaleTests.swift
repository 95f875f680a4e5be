import AgreementKit
import Testing

@Suite("Chart scale: from zero near zero, else from a round number below the lowest")
struct ChartScaleTests {
    @Test func valuesNearZeroStartAtZero() {
        #expect(ChartScale.range([14, 6]) == (0, 14))
        #expect(ChartScale.range([5, 5]) == (0, 5))
        #expect(ChartScale.range([0]) == (0, 1))
        #expect(ChartScale.range([]) == (0, 1))
    }

    @Test func closeValuesStartBelowTheLowestSoTheyLookDifferent() {
        #expect(ChartScale.range([5.0, 6.1]) == (4, 6.1))
        #expect(ChartScale.range([520, 540, 560]) == (510, 560))
    }

    @Test func negativeValuesKeepTheirSign() {
        #expect(ChartScale.range([-3, 2]) == (-4, 2))
    }
}
