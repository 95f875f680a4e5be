/// When a wheel event falls each year: a fixed day and month, or a rule such as the last working day of a tertial.
public enum WheelDate: Hashable, Sendable {
    /// The same day and month every year, e.g. 15.12; 29.02 falls out in years without a leap day.
    case fixed(day: Int, month: Int)
    /// The last working day (Monday–Friday) of tertial 1–3 (January–April, May–August, September–December).
    case lastWorkingDayOfTertial(Int)
    /// The last calendar day of quarter 1–4, whatever the weekday.
    case endOfQuarter(Int)
    /// The last calendar day of month 1–12.
    case lastDayOfMonth(Int)

    /// A fixed day and month that some year has (29.02 is allowed, 31.02 is not), else nil.
    public init?(day: Int, month: Int) {
        // 2000 is a leap year, so every day that any year has is accepted.
        guard LocalDate(year: 2000, month: month, day: day) != nil else { return nil }
        self = .fixed(day: day, month: month)
    }

    /// The date in `year`, or nil when the rule gives none: a parameter out of range,
    /// 29.02 outside a leap year, or a year outside 1–9999.
    /// Working days are Monday to Friday; public holidays are not taken into account.
    public func date(in year: Int) -> LocalDate? {
        switch self {
        case .fixed(let day, let month):
            return LocalDate(year: year, month: month, day: day)
        case .lastWorkingDayOfTertial(let tertial):
            guard WheelDate.tertials.contains(tertial) else { return nil }
            return LocalDate.lastDay(ofMonth: tertial * 4, year: year)?.workingDayOnOrBefore
        case .endOfQuarter(let quarter):
            guard WheelDate.quarters.contains(quarter) else { return nil }
            return LocalDate.lastDay(ofMonth: quarter * 3, year: year)
        case .lastDayOfMonth(let month):
            return LocalDate.lastDay(ofMonth: month, year: year)
        }
    }

    /// The tertials of a year.
    public static let tertials = 1...3
    /// The quarters of a year.
    public static let quarters = 1...4
    /// The months of a year.
    public static let months = 1...12
}

extension WheelDate: Codable {
    /// The rule's name in the file; an unknown name fails decoding as an invalid value.
    private enum Rule: String, Codable {
        case fixed
        case lastWorkingDayOfTertial
        case endOfQuarter
        case lastDayOfMonth
    }

    private enum CodingKeys: String, CodingKey {
        case type, day, month, tertial, quarter
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(Rule.self, forKey: .type) {
        case .fixed: self = .fixed(day: try c.decode(Int.self, forKey: .day), month: try c.decode(Int.self, forKey: .month))
        case .lastWorkingDayOfTertial: self = .lastWorkingDayOfTertial(try c.decode(Int.self, forKey: .tertial))
        case .endOfQuarter: self = .endOfQuarter(try c.decode(Int.self, forKey: .quarter))
        case .lastDayOfMonth: self = .lastDayOfMonth(try c.decode(Int.self, forKey: .month))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .fixed(let day, let month):
            try c.encode(Rule.fixed, forKey: .type)
            try c.encode(day, forKey: .day)
            try c.encode(month, forKey: .month)
        case .lastWorkingDayOfTertial(let tertial):
            try c.encode(Rule.lastWorkingDayOfTertial, forKey: .type)
            try c.encode(tertial, forKey: .tertial)
        case .endOfQuarter(let quarter):
            try c.encode(Rule.endOfQuarter, forKey: .type)
            try c.encode(quarter, forKey: .quarter)
        case .lastDayOfMonth(let month):
            try c.encode(Rule.lastDayOfMonth, forKey: .type)
            try c.encode(month, forKey: .month)
        }
    }
}
