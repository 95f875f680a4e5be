import AgreementKit
import Foundation
import Testing

@Suite("Indicator numbers as people type them")
struct IndicatorNumberTests {
    @Test(arguments: [("14,5", 14.5), ("14.5", 14.5), (" 6 ", 6.0), ("6 %", 6.0), ("6%", 6.0), ("-3,25", -3.25), ("−3", -3.0),
                      ("12 500", 12_500.0), ("12 500 kr", 12_500.0), ("kr 300", 300.0), ("+2", 2.0), (",5", 0.5), ("-0", 0.0)])
    func bothDecimalMarksAndCommonDecorationsAreRead(_ text: String, _ value: Double) {
        #expect(IndicatorNumber.parse(text) == .success(value))
    }

    @Test func lettersAndTwoMarksAreRefusedWithWhatWasTyped() {
        #expect(IndicatorNumber.parse("14,5x") == .failure(.notANumber("14,5x")))
        #expect(IndicatorNumber.parse("fjorten") == .failure(.notANumber("fjorten")))
        #expect(IndicatorNumber.parse("1,234.5") == .failure(.ambiguousDecimalMark("1,234.5")))
        #expect(IndicatorNumber.parse("1.2.3") == .failure(.ambiguousDecimalMark("1.2.3")))
        #expect(IndicatorNumber.parse("  ") == .failure(.empty))
        #expect(IndicatorNumber.parse("%") == .failure(.notANumber("%")))
        #expect(IndicatorNumber.parse("1e400") == .failure(.notANumber("1e400")))
    }

    @Test func theUnitBoundsTheValue() {
        #expect(IndicatorNumber.parse("120", unit: .percent) == .failure(.outOfRange(120, .percent)))
        #expect(IndicatorNumber.parse("-1", unit: .percent) == .failure(.outOfRange(-1, .percent)))
        #expect(IndicatorNumber.parse("100", unit: .percent) == .success(100))
        #expect(IndicatorNumber.parse("-2", unit: .days) == .failure(.outOfRange(-2, .days)))
        #expect(IndicatorNumber.parse("-2", unit: .kroner) == .success(-2))
        #expect(IndicatorNumber.parse("-2", unit: .score) == .success(-2))
    }

    @Test func numbersAreWrittenShortWithTheMarkAsked() {
        #expect(IndicatorNumber.format(14.5) == "14,5")
        #expect(IndicatorNumber.format(6) == "6")
        #expect(IndicatorNumber.format(5.2, decimalMark: ".") == "5.2")
        #expect(IndicatorNumber.format(1.0 / 3.0) == "0,33")
        #expect(IndicatorNumber.format(-0.001) == "0")
        #expect(IndicatorNumber.format(12_500) == "12500")
    }

    @Test func theDigitsAreThoseOfPrintfWithoutFoundation() {
        // printf's `%.Nf` of the value rounded to N decimals, trailing zeros dropped: what
        // `format` gave before it wrote the digits itself.
        func printf(_ value: Double, _ places: Int) -> String {
            let factor = pow(10.0, Double(places))
            let rounded = (value * factor).rounded() / factor
            var text = String(format: "%.\(places)f", rounded == 0 ? 0 : rounded)
            if text.contains(".") {
                while text.hasSuffix("0") { text.removeLast() }
                if text.hasSuffix(".") { text.removeLast() }
            }
            return text
        }
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = [0, -0.0, 0.005, 0.015, 2.675, -2.675, 1e15, -1e15, 9.5e15, 1e20, 123_456.789, 0.1 + 0.2, 99.995, -0.004]
        for _ in 0..<2_000 {
            let magnitude = Double.random(in: -6...16, using: &generator)
            values.append((Bool.random(using: &generator) ? 1 : -1) * pow(10, magnitude) * Double.random(in: 0...1, using: &generator))
        }
        for value in values {
            for places in 0...4 {
                #expect(IndicatorNumber.format(value, decimalMark: ".", decimals: places) == printf(value, places), "\(value) with \(places) decimals")
            }
        }
        #expect(IndicatorNumber.format(-3.25) == "-3,25")
        #expect(IndicatorNumber.format(0.05) == "0,05")
    }
}
