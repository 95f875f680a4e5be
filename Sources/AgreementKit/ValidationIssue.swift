/// A fault found in an agreement's content, located by its path in the file.
public struct ValidationIssue: Equatable, Sendable {
    public enum Severity: String, Sendable {
        case error
        case warning
    }

    /// What is wrong; the catalogue words it.
    public enum Kind: Equatable, Sendable {
        case invalidItemID(String)
        case duplicateItemID(String, firstAt: String)
        case invalidAgreementID(String)
        case unreasonableYear(Int)
        case unitWithoutName
        case goalAreaWithoutTitle
        case logLinksMissingMeasure(String)
        case logDateOutsideYear(LocalDate, year: Int)
        /// A measured indicator without a name.
        case indicatorWithoutName
        /// Two values of one series for the same period (the second would hide the first).
        case duplicatePeriod(Period)
        /// A value the indicator's unit cannot take (a percentage above 100).
        case valueOutOfRange(Double, IndicatorUnit)
        /// A number that is not finite.
        case valueNotFinite
        /// A plan link whose plan id or code is not well formed.
        case invalidPlanLink(String)
        /// A template's name that is not a slug (`trondheim-2011`).
        case invalidTemplateName(String)
        /// A template's name that differs from its file's.
        case templateNameMismatch(found: String, file: String)
        case municipalityWithoutName
        case taskWithoutText
    }

    /// The path from the agreement's root, e.g. `["goalAreas", 2, "rows", 0, "log", 1, "date"]`.
    public var path: [PathComponent]
    public var kind: Kind
    public var severity: Severity

    public init(path: [PathComponent], kind: Kind, severity: Severity = .error) {
        self.path = path
        self.kind = kind
        self.severity = severity
    }
}

/// A step in a path into a JSON document: an object key or an array index.
public enum PathComponent: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    case key(String)
    case index(Int)

    public init(stringLiteral value: String) { self = .key(value) }
    public init(integerLiteral value: Int) { self = .index(value) }

    public var description: String {
        switch self {
        case .key(let k): k
        case .index(let i): "[\(i)]"
        }
    }
}
