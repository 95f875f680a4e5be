import AgreementKit
import Catalogue

// Interim: the words of the domain's values through the catalogue, under their old names, until
// every caller here takes the catalogue as a parameter. Delete this file when none uses it.
let words: any Wording = Language.nb.words

extension Phase { var title: String { words.phase(self) } }
extension Rating { var title: String { words.rating(self) } }
extension ChecklistStatus { var title: String { words.checklistStatus(self) } }
extension Review.Kind { var title: String { words.reviewKind(self) } }
extension Party { var title: String { words.party(self) } }
extension PhaseColour { var title: String { words.colour(self) } }
extension FieldKind { var label: String { words.fieldLabel(self) } }
extension GoalSection { var title: String { words.section(self) } }
extension ItemRef { var noun: String { words.itemNoun(self) } }
extension Editability { var reason: String? { words.refusal(self) } }
extension FieldError { var message: String { words.fieldError(self) } }
extension Progress { var summary: String { words.progress(self) } }
extension Agreement { static var redacted: String { words.redacted } }
extension AssessmentSummary { static var procedure: [String] { words.unmetGoalProcedure } }
