import AgreementKit
import Foundation

/// Text typed into an open form when the session died (SSH drop, SIGTERM), kept as a hidden
/// draft file in the store and offered on the next start, as vim offers its swap file.
public struct Draft: Equatable, Sendable, Codable {
    public struct Field: Equatable, Sendable, Codable {
        public var label: String
        public var colour: PhaseColour?
        public var text: String
        public var multiline: Bool
    }

    public var version = 1
    public var agreementID: String
    public var title: String
    public var purpose: EditForm.Purpose
    public var fields: [Field]
    public var focused: Int
    public var lastFieldIsReason: Bool

    /// The draft of a form, or nil when nothing was typed (or it is a search or file name).
    public init?(form: EditForm, agreementID: String) {
        switch form.purpose {
        case .field, .create, .amend, .amendDelete, .reopen, .improvementPlan, .meetingComments: break
        case .search, .saveCopy, .signOff, .writeMinutes, .export: return nil
        }
        guard form.isChanged else { return nil }
        self.agreementID = agreementID
        title = form.title
        purpose = form.purpose
        fields = form.fields.map { Field(label: $0.label, colour: $0.colour, text: $0.editor.text, multiline: $0.editor.multiline) }
        focused = form.focused
        lastFieldIsReason = form.lastFieldIsReason
    }

    /// The form again, with the typed text.
    public var form: EditForm {
        var form = EditForm(title: title, purpose: purpose,
                            fields: fields.map { FormField(label: $0.label, colour: $0.colour, text: $0.text, multiline: $0.multiline) },
                            focused: min(focused, max(0, fields.count - 1)))
        form.lastFieldIsReason = lastFieldIsReason
        return form
    }

    /// The draft as JSON, in the store's style.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }

    public static func decode(_ data: Data) -> Draft? {
        try? JSONDecoder().decode(Draft.self, from: data)
    }
}

extension AppState {
    /// The draft to keep if the session ends now: the open form's typed text, if any.
    public var draft: Draft? {
        guard case .edit(let form) = modal, let agreement else { return nil }
        return Draft(form: form, agreementID: agreement.id)
    }
}
