/// A fault found in a conversation guide, located by its path in the file; the wording is rendered elsewhere.
public struct GuideIssue: Equatable, Sendable {
    /// What is wrong.
    public enum Kind: Equatable, Sendable {
        /// The guide's id is not a slug of lower-case a–z, digits and hyphens.
        case invalidSlug(String)
        /// A language tag other than nb, nn and en.
        case unsupportedLanguage(String)
        /// A title, heading, question, source or point that must have text is empty.
        case blankText
        /// An id that is empty or contains white space.
        case invalidID(ItemID)
        /// An id used before, at `firstAt`.
        case duplicateID(ItemID, firstAt: [PathComponent])
        /// A variant of a place the guide does not have, e.g. a mistyped id (a warning: never shown).
        case unknownVariantPlace(language: String, place: String)
    }

    /// The path from the file's guide object, e.g. `["areas", 1, "questions", 4, "text"]`.
    public var path: [PathComponent]
    public var kind: Kind

    public init(path: [PathComponent], kind: Kind) {
        self.path = path
        self.kind = kind
    }

    /// Every fault is an error except variants that are never shown (an unknown place, or a
    /// language of the variants other than nb, nn and en).
    public var severity: ValidationIssue.Severity {
        switch kind {
        case .unknownVariantPlace: .warning
        case .unsupportedLanguage: path.first == "variants" ? .warning : .error
        default: .error
        }
    }
}
