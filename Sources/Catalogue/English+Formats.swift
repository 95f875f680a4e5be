import AgreementKit

extension English {
    /// "14 Mar 2011": the day without a leading zero, the month's short name, the year.
    public func date(_ date: LocalDate) -> String { "\(dayMonth(date)) \(date.year)" }
    public func dayMonth(_ date: LocalDate) -> String { "\(date.day) \(Self.shortMonths[date.month - 1])" }

    /// 2011-03-14T10:42:05+01:00 → 14 Mar 2011 10:42; anything else as it is.
    public func timestamp(_ iso: String) -> String {
        let parts = iso.split(separator: "T")
        guard parts.count == 2, let day = LocalDate(iso: String(parts[0])) else { return iso }
        return "\(date(day)) \(parts[1].prefix(5))"
    }

    public func integer(_ value: Int) -> String { NumberText.grouped(value, separator: ",") }

    public func decimal(_ value: Double, fractionDigits: Int) -> String {
        NumberText.decimal(value, fractionDigits: fractionDigits, mark: ".", grouping: ",")
    }

    public var monthNames: [[String]] {
        [["jan", "january"], ["feb", "february"], ["mar", "march"], ["apr", "april"], ["may"], ["jun", "june"],
         ["jul", "july"], ["aug", "august"], ["sep", "sept", "september"], ["oct", "october"], ["nov", "november"],
         ["dec", "december"]]
    }

    private static let shortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
