import AgreementKit

/// How a language writes dates and numbers, and which dates it reads: nb and nn write
/// `14.03.2011` and `3,5`, English `14 Mar 2011` and `3.5`. Files keep ISO dates whatever the language.
public protocol FormatWording: Sendable {
    /// A date: "14.03.2011", "14 Mar 2011".
    func date(_ date: LocalDate) -> String
    /// A day of the agreement's year, without the year: "14.03", "14 Mar".
    func dayMonth(_ date: LocalDate) -> String
    /// A time stamp from the files (`2011-03-14T10:42:05+01:00`) as date and time: "14.03.2011 10:42".
    func timestamp(_ iso: String) -> String
    /// A whole number, thousands grouped: "950 000", "950,000".
    func integer(_ value: Int) -> String
    /// A decimal number with a fixed number of decimals: "3,5", "3.5".
    func decimal(_ value: Double, fractionDigits: Int) -> String
    /// The month names a user may type, January first, each with its accepted forms in lower case.
    var monthNames: [[String]] { get }
}

extension FormatWording {
    /// A date the user typed, in this language's forms or ISO: nil when it is none.
    /// A day and month without a year are in `defaultYear` (the agreement's year).
    public func parseDate(_ text: String, defaultYear: Int) -> LocalDate? {
        LocalDate(userInput: text, defaultYear: defaultYear, monthNames: monthNames)
    }
}
