/// A review meeting held: the mid-year review or the year-end assessment, and its date.
public struct Review: Equatable, Sendable, Codable {
    public enum Kind: String, Codable, Sendable {
        case midYear
        case yearEnd
    }

    public var kind: Kind
    public var date: LocalDate

    public init(kind: Kind, date: LocalDate) {
        self.kind = kind
        self.date = date
    }
}
