import AgreementKit

/// A question or a choice that must be answered before anything else happens.
public struct Dialog: Equatable, Sendable {
    /// One answer: the key that gives it and what it says.
    public struct Option: Equatable, Sendable {
        public var key: Character
        public var label: String
        public var value: String

        public init(_ key: Character, _ label: String, _ value: String) {
            self.key = key
            self.label = label
            self.value = value
        }
    }

    /// What the answer is for.
    public enum Purpose: Equatable, Sendable {
        /// Yes/no to deleting an item.
        case delete(ItemRef)
        /// A value for a choice field (ratings, checklist marks).
        case field(FieldRef)
        /// What to add in the measures pane: a measure or a support item.
        case addInMeasures(row: ItemID, after: ItemID?)
        /// Quitting with changes that could not be saved.
        case quitUnsaved
        /// A draft left by a session that died: restore it or throw it away.
        case draft(Draft)
        /// The file changed on disk under us: reload, write a copy, or overwrite.
        case conflict
        /// `e`: which format to export.
        case exportFormat
        /// `e`: the public copy (without section 4) or the full one.
        case exportScope(format: String)
    }

    public var title: String
    public var text: String
    public var options: [Option]
    public var purpose: Purpose

    public init(title: String, text: String, options: [Option], purpose: Purpose) {
        self.title = title
        self.text = text
        self.options = options
        self.purpose = purpose
    }

    /// A yes/no question: `j` = ja, `n` or `Esc` = nei.
    static func yesNo(_ title: String, _ text: String, purpose: Purpose) -> Dialog {
        Dialog(title: title, text: text, options: [Option("j", "ja", "yes"), Option("n", "nei", "no")], purpose: purpose)
    }
}

/// What is on top of the screen and takes every key until it is answered.
public enum Modal: Equatable, Sendable {
    case edit(EditForm)
    case dialog(Dialog)
}
