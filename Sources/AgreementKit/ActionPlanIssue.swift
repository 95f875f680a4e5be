/// A fault found in an action plan's content, located by its path in the file; the wording is the interface's.
public struct ActionPlanIssue: Equatable, Sendable {
    /// What is wrong, with the offending value where there is one.
    public enum Kind: Equatable, Sendable {
        /// The plan's id is not a valid slug.
        case badSlug(String)
        /// The period's years are unreasonable or in the wrong order.
        case badYears(first: Int, last: Int)
        /// A title is empty or only spaces.
        case emptyTitle
        /// An initiative's text is empty or only spaces.
        case emptyText
        /// A main goal's number is not positive.
        case badNumber(Int)
        /// Two main goals share a number.
        case duplicateNumber(Int)
        /// A code does not follow its pattern: "<main goal>.<letter>" or "<sector letter>.<number>".
        case badCode(String)
        /// A period goal's code opens with another sector's letter.
        case sectorMismatch(code: String, sector: Sector)
        /// A code is used twice in the plan.
        case duplicateCode(String)
        /// An id is empty or contains spaces.
        case badID(String)
        /// An id is used twice in the plan.
        case duplicateID(String)
    }

    /// The path from the file's plan object, e.g. `["mainGoals", 0, "initiatives", 1, "code"]`.
    public var path: [PathComponent]
    public var kind: Kind

    public init(path: [PathComponent], kind: Kind) {
        self.path = path
        self.kind = kind
    }
}
