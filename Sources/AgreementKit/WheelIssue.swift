/// A fault found in an annual wheel, located by its path in the file; the wording is rendered elsewhere.
public struct WheelIssue: Equatable, Sendable {
    /// What is wrong.
    public enum Kind: Equatable, Sendable {
        /// The wheel's id is not a slug of lower-case a–z, digits and hyphens.
        case invalidSlug(String)
        /// A title, municipality or indicator name that must have text is empty.
        case blankText
        /// A municipality listed twice.
        case duplicateMunicipality(String)
        /// An id that is empty or contains white space.
        case invalidID(ItemID)
        /// An id used before, at `firstAt`.
        case duplicateID(ItemID, firstAt: [PathComponent])
        /// A fixed day and month that no year has, e.g. 31.02.
        case impossibleDate(day: Int, month: Int)
        /// A month, tertial or quarter number outside its range.
        case outOfRange(Int, allowed: ClosedRange<Int>)
        /// A fixed 29.02: valid, but the event falls out in three years of four (a warning).
        case leapDayOnly
        /// Variants in a language other than nb, nn and en (a warning: never shown).
        case unsupportedLanguage(String)
        /// A variant of a place the wheel does not have, e.g. a mistyped id (a warning: never shown).
        case unknownVariantPlace(language: String, place: String)
    }

    /// The path from the file's wheel object, e.g. `["events", 3, "when", "day"]`.
    public var path: [PathComponent]
    public var kind: Kind

    public init(path: [PathComponent], kind: Kind) {
        self.path = path
        self.kind = kind
    }

    /// Every fault is an error except a leap-day-only date and variants that are never shown.
    public var severity: ValidationIssue.Severity {
        switch kind {
        case .leapDayOnly, .unsupportedLanguage, .unknownVariantPlace: .warning
        default: .error
        }
    }
}
