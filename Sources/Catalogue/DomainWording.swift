import AgreementKit

/// The words for the domain's own values: phases, ratings, roles, fields, refusal reasons, gaps.
public protocol DomainWording: Sendable {
    /// "Oppfølging".
    func phase(_ phase: Phase) -> String
    /// "I tråd med avtalen".
    func rating(_ rating: Rating) -> String
    /// "Utført", or what an unmarked task says.
    func checklistStatus(_ status: ChecklistStatus?) -> String
    /// "Midtveissamtale".
    func reviewKind(_ kind: Review.Kind) -> String
    /// The role as a title: "Enhetsleder".
    func party(_ party: Party) -> String
    /// The role inside a sentence: "enhetsleder".
    func partyInSentence(_ party: Party) -> String
    /// Who did something: "Kari Nordmann (enhetsleder)", or the role alone when no name is known.
    func person(_ name: String, as party: Party) -> String
    /// The colour's name: "blå".
    func colour(_ colour: PhaseColour) -> String
    /// The label beside a field: "Mål for enheten".
    func fieldLabel(_ kind: FieldKind) -> String
    /// A section heading: "Felles resultatmål".
    func section(_ section: GoalSection) -> String
    /// An item named in the definite form: "tiltaket".
    func itemNoun(_ item: ItemRef) -> String
    /// Why a field may not change now; nil when it may.
    func refusal(_ editability: Editability) -> String?
    /// What is missing before the next phase.
    func gap(_ gap: Gap) -> String
    /// Why a value could not be set.
    func fieldError(_ error: FieldError) -> String
    /// A content problem found by the validator.
    func validation(_ issue: ValidationIssue.Kind) -> String
    /// One line of progress for lists: "logg 3/25 rader · vurdert 0/14 · sjekkliste 0/10".
    func progress(_ progress: Progress) -> String
    /// Where a field is, for people: "2.1 1. Frivillighet – mål 1.1".
    func place(_ place: FieldPlace) -> String
    /// A field named for a record: its place, then its label when the place alone does not
    /// name it ("2.2 2. Samarbeid · mål 1.1 · resultatmål"; a measure's place is enough).
    func fieldAt(_ place: FieldPlace, label: String?) -> String
    /// A row named for people: "2.1 1. Frivillighet, mål 1.1".
    func rowName(_ name: RowName) -> String
    /// What the public record shows instead of section 4 text.
    var redacted: String { get }
    /// The procedure for goal areas rated below the agreement, step by step.
    var unmetGoalProcedure: [String] { get }
}
