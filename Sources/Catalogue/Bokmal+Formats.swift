import AgreementKit

extension Bokmal {
    public func date(_ date: LocalDate) -> String { date.display }
    public func dayMonth(_ date: LocalDate) -> String { String(date.display.prefix(5)) }
    public func timestamp(_ iso: String) -> String { NorwegianTime.timestamp(iso) }
    public func integer(_ value: Int) -> String { NumberText.grouped(value, separator: "\u{00A0}") }

    public func decimal(_ value: Double, fractionDigits: Int) -> String {
        NumberText.decimal(value, fractionDigits: fractionDigits, mark: ",", grouping: "\u{00A0}")
    }

    public var monthNames: [[String]] { NorwegianTime.monthNames }
}
