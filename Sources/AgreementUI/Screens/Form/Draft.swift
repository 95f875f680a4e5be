import AgreementKit
import Foundation

/// Text typed into an open form when the session died (SSH drop, SIGTERM), kept as a hidden
/// draft file in the store and offered on the next start, as vim offers its swap file.
public struct Draft: Equatable, Sendable, Codable {
    public struct Field: Equatable, Sendable, Codable {
        public var id: FormFieldID
        public var label: String
        public var colour: PhaseColour?
        public var text: String
        public var multiline: Bool
    }

    /// The draft file's format; 2 since fields are named.
    public var version = 2
    public var agreementID: String
    public var title: String
    public var kind: FormKind
    public var fields: [Field]
    public var focused: Int

    /// The draft of a form, or nil when nothing was typed (or it is a search or a file name).
    public init?(form: FormState, agreementID: String) {
        guard form.kind.keepsDraft, form.isChanged else { return nil }
        self.agreementID = agreementID
        title = form.title
        kind = form.kind
        fields = form.fields.map { Field(id: $0.id, label: $0.label, colour: $0.colour, text: $0.editor.text, multiline: $0.editor.multiline) }
        focused = form.focused
    }

    /// The form again, with the typed text.
    public var form: FormState {
        FormState(kind: kind, title: title,
                  fields: fields.map { FormField($0.id, label: $0.label, colour: $0.colour, text: $0.text, multiline: $0.multiline) },
                  focused: focused)
    }

    /// The draft as JSON, in the store's style.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }

    /// A draft read back, or nil when it is not one this version can restore.
    public static func decode(_ data: Data) -> Draft? {
        guard let draft = try? JSONDecoder().decode(Draft.self, from: data), draft.version == 2 else { return nil }
        return draft
    }
}

extension FormState {
    /// The draft to keep if the session ends now, if anything was typed.
    public func draft(agreementID: String) -> Draft? {
        Draft(form: self, agreementID: agreementID)
    }
}
