import Foundation

/// Reading and writing indicator numbers as people type them: "14,5" and "14.5" alike, spaces
/// between thousands, a minus sign, a trailing "%" or "kr"; never a locale-dependent parse.
public enum IndicatorNumber {
    /// Why text is not a number for an indicator; the catalogue words it.
    public enum Problem: Error, Equatable, Sendable {
        case empty
        /// Letters or other characters that are not part of a number.
        case notANumber(String)
        /// Both "," and "." or more than one decimal mark: "1,234.5".
        case ambiguousDecimalMark(String)
        /// Outside what the unit allows (a percentage above 100, a negative count).
        case outOfRange(Double, IndicatorUnit)
    }

    /// The number in `text`, checked against what `unit` allows.
    public static func parse(_ text: String, unit: IndicatorUnit? = nil) -> Result<Double, Problem> {
        var t = text.trimmingCharacters(in: .whitespaces)
        for suffix in ["%", "kr", "kr."] where t.lowercased().hasSuffix(suffix) {
            t = String(t.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
        }
        for prefix in ["kr.", "kr"] where t.lowercased().hasPrefix(prefix) {
            t = String(t.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        guard !t.isEmpty else { return .failure(text.trimmingCharacters(in: .whitespaces).isEmpty ? .empty : .notANumber(text)) }
        var negative = false
        if let first = t.first, first == "-" || first == "\u{2212}" {
            negative = true
            t.removeFirst()
        } else if t.first == "+" {
            t.removeFirst()
        }
        // Spaces (also no-break and thin spaces) between groups of thousands.
        t.removeAll { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" }
        let marks = t.filter { $0 == "," || $0 == "." }
        guard marks.count <= 1 else { return .failure(.ambiguousDecimalMark(text)) }
        t = t.replacingOccurrences(of: ",", with: ".")
        guard !t.isEmpty, t != ".", t.allSatisfy({ $0 == "." || ($0.isASCII && $0.isNumber) }), let value = Double(t), value.isFinite else {
            return .failure(.notANumber(text))
        }
        let signed = negative ? -value : value
        if let range = unit?.range, !range.contains(signed) { return .failure(.outOfRange(signed, unit ?? .score)) }
        return .success(signed == 0 ? 0 : signed)
    }

    /// The number with at most `decimals` decimals and no trailing zeros, with `decimalMark`,
    /// without grouping: "14,5", "6", "-3,25".
    public static func format(_ value: Double, decimalMark: Character = ",", decimals: Int = 2) -> String {
        let places = min(max(decimals, 0), 15)
        var factor: Int64 = 1
        for _ in 0..<places { factor *= 10 }
        let scaled = (value * Double(factor)).rounded()
        // Digits from the scaled integer (no Foundation, no locale): exact while it fits a Double's
        // 53-bit integer range; beyond that (|value| ≥ 9·10¹⁵ / factor) printf does it.
        guard scaled.isFinite, abs(scaled) < 9_007_199_254_740_992 else { return formatted(value, decimalMark: decimalMark, places: places) }
        let units = Int64(scaled)
        if units == 0 { return "0" }
        let magnitude = units.magnitude
        var text = units < 0 ? "-" : ""
        text += String(magnitude / UInt64(factor))
        var fraction = magnitude % UInt64(factor)
        var digits = places
        while digits > 0, fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        guard digits > 0 else { return text }
        let shown = String(fraction)
        text.append(decimalMark)
        text += String(repeating: "0", count: digits - shown.count) + shown
        return text
    }

    /// What `format` gives for numbers beyond a Double's exact integers, through printf's `%f`.
    private static func formatted(_ value: Double, decimalMark: Character, places: Int) -> String {
        let factor = pow(10.0, Double(places))
        let rounded = (value * factor).rounded() / factor
        var text = String(format: "%.\(places)f", rounded == 0 ? 0 : rounded)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return String(text.map { $0 == "." ? decimalMark : $0 })
    }
}
