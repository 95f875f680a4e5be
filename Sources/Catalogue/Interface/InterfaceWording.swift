import AgreementKit
import AgreementStore

/// The words of the interface: status messages, screen texts, forms, dialogs and keys.
public protocol InterfaceWording: Sendable {
    /// A status-line message or a change's note.
    func interface(_ text: InterfaceText) -> String
    /// A label, heading or note drawn on a screen.
    func screen(_ text: ScreenText) -> String
    /// A form's title, a field's label, a file-name word.
    func prompt(_ text: PromptText) -> String
    /// A dialog's title and question.
    func dialog(_ text: DialogText) -> (title: String, question: String)
    /// The words of a dialog's answer.
    func answer(_ text: AnswerText) -> String
    /// The key that gives an answer in a dialog: the first letter of its word where it can be
    /// ("j" ja, "y" yes), digits for ratings; unique within each dialog.
    func answerKey(_ text: AnswerText) -> Character
    /// A language's name, for the status line when the language is switched: "nynorsk".
    func languageName(_ language: Language) -> String
    /// What an action does, for the help screen and the README.
    func describe(_ action: Action) -> String
    /// What an action does, in a word or two, for the footer.
    func hint(_ action: Action) -> String
    /// The heading of a context on the help screen.
    func contextTitle(_ context: KeyContext) -> String
    /// A note under a context's keys on the help screen, if any.
    func contextNote(_ context: KeyContext) -> String?
    /// What is wrong with a theme, for the named theme.
    func theme(_ name: String, _ problem: ThemeProblem) -> String
}

/// What `Enter` does in a form.
public enum Confirmation: Sendable {
    case save, search, write, sign
}

/// The headings of the goals tree.
public enum TreeHeadingText: Equatable, Sendable {
    case about
    case section(GoalSection)
    case ownPriorities
    case personal
}

/// The answers dialogs offer.
public enum AnswerText: Equatable, Sendable {
    case yes, no, cancel, retry, copy, quitWithoutSaving, restore, discard, reload, overwrite, writeElsewhere, measure, support
    case rating(Rating?)
    case mark(ChecklistStatus?)
    case markdown, html, csv, json, publicCopy, fullCopy
}

/// The questions dialogs ask.
public enum DialogText: Equatable, Sendable {
    /// Delete an item: its noun, a summary, where it stands, and whether it is an amendment.
    case delete(noun: String, summary: String, place: String, amendment: Bool)
    case choice(String)
    case addInMeasures
    case quitUnsaved
    case draft(title: String, preview: String)
    case conflict(String)
    case exportFormat
    case exportScope
    case signAs(party: String, name: String, phase: String)
    case fileExists(path: String, proposal: String)
    case takeOverLock(LockInfo)
}

extension AnswerText {
    /// The digit of a rating in every language, as the meeting's keys have it: 1, 2, 3; 0 for none.
    static func ratingKey(_ rating: Rating?) -> Character {
        switch rating {
        case .beyondAgreement: "1"
        case .asAgreed: "2"
        case .belowAgreement: "3"
        case nil: "0"
        }
    }

    /// The key of a checklist mark in every language, as the meeting's keys have it: u, i; 0 for none.
    static func markKey(_ status: ChecklistStatus?) -> Character {
        switch status {
        case .done: "u"
        case .notDone: "i"
        case nil: "0"
        }
    }
}
