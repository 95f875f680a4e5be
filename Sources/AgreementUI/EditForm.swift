import AgreementKit

/// A modal form of one or more fields being edited; `Enter` confirms, `Esc` cancels.
public struct EditForm: Equatable, Sendable {
    /// What confirming the form does.
    public enum Purpose: Equatable, Sendable, Codable {
        /// Sets an existing field.
        case field(FieldRef)
        /// Creates a new item from the form's fields.
        case create(NewItem)
        /// Searches for the text.
        case search
        /// Writes the unsaved agreement to the path typed.
        case saveCopy
        /// Changes a blue field after Inngåelse; the last field is the reason.
        case amend(FieldRef)
        /// Deletes a blue item after Inngåelse; the field is the reason.
        case amendDelete(ItemRef)
        /// Signs the current phase; the field is the name.
        case signOff
        /// Reopens the previous phase; the field is the reason.
        case reopen
        /// Writes the meeting minutes to the path typed.
        case writeMinutes(Review.Kind)
        /// Records an improvement plan for a goal area: actions, follow-up dates.
        case improvementPlan(ItemID)
        /// Both comments of a goal area in meeting mode, stamped with who typed them.
        case meetingComments(ItemID)
        /// Exports the agreement in a format (markdown, html, csv, json) to the path typed.
        case export(format: String, isPublic: Bool)
    }

    public var title: String
    public var purpose: Purpose
    public var fields: [FormField]
    public var focused = 0
    /// Set after `Ctrl-C` with typed text: the next `Ctrl-C` discards.
    public var confirmingDiscard = false
    /// The last field is the reason for an amendment (a blue change after Inngåelse).
    public var lastFieldIsReason = false

    public init(title: String, purpose: Purpose, fields: [FormField], focused: Int = 0) {
        self.title = title
        self.purpose = purpose
        self.fields = fields
        self.focused = focused
    }

    /// What `Enter` does, in the hints: "Lagre", "Søk" or "Skriv".
    public var confirmLabel: String {
        switch purpose {
        case .search: "Søk"
        case .saveCopy, .writeMinutes, .export: "Skriv"
        case .signOff: "Signer"
        case .field, .create, .amend, .amendDelete, .reopen, .improvementPlan, .meetingComments: "Lagre"
        }
    }

    /// True if any field's text was changed.
    public var isChanged: Bool { fields.contains { $0.editor.isChanged } }
}

/// An item to create when a form is confirmed.
public enum NewItem: Equatable, Sendable, Codable {
    /// A log entry on a row, optionally about one of its measures; fields: date, text.
    case logEntry(row: ItemID, measure: ItemID?)
    case measure(row: ItemID, after: ItemID?)
    case support(row: ItemID, after: ItemID?)
    /// A row in a goal area; fields: number, target.
    case row(area: ItemID, after: ItemID?)
    /// A goal area in a section; fields: number, title.
    case goalArea(section: GoalSection, after: ItemID?)
    case checklistItem(after: ItemID?)
    case personalGoal
}
