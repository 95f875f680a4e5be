import Foundation
import AgreementKit
import Catalogue

/// The agreement as a public document: section 4 removed, including amendments that touched it.
extension Agreement {
    /// A copy without section 4: no personal goals, no leader assessment (section 1.5's, kept
    /// with section 4), and no amendment that concerns section 4 (an amendment of a personal goal
    /// carries the goal's old and new text).
    public var publicCopy: Agreement {
        var copy = self
        copy.personalGoals = []
        copy.leaderAssessment = []
        copy.amendments = amendments.filter { !concernsPersonalGoals($0) }
        return copy
    }

    /// True for an amendment of section 4: its field is labelled "4 – …" (see `describe(_:)`),
    /// names the personal goal field, or its old or new value holds a current personal goal.
    public func concernsPersonalGoals(_ amendment: Amendment) -> Bool {
        let field = amendment.field.trimmingCharacters(in: .whitespaces)
        if field == "4" || field.hasPrefix("4 ") || field.hasPrefix("4.") || field.hasPrefix("4–") || field.hasPrefix("4-") {
            return true
        }
        let names = Language.allCases.map(\.words).flatMap { [$0.fieldLabel(.personalGoal), $0.export(.personalGoalsPhrase)] }
        if names.contains(where: { field.localizedCaseInsensitiveContains($0) }) {
            return true
        }
        return personalGoals.contains { goal in
            let text = goal.text.trimmingCharacters(in: .whitespacesAndNewlines)
            return !text.isEmpty && (amendment.oldValue.contains(text) || amendment.newValue.contains(text))
        }
    }
}
