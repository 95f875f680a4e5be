import AgreementKit

/// One field of a form: its name, label, phase colour and editor.
public struct FormField: Equatable, Sendable {
    public var id: FormFieldID
    public var label: String
    public var colour: PhaseColour?
    public var editor: TextEditor
    /// First visible line of the editor when the text is taller than its box.
    public var scroll = 0

    public init(_ id: FormFieldID, label: String, colour: PhaseColour?, text: String = "", multiline: Bool) {
        self.id = id
        self.label = label
        self.colour = colour
        self.editor = TextEditor(text: text, multiline: multiline)
    }
}
