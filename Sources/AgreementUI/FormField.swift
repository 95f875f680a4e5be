import AgreementKit

/// One field of an edit form: its label, phase colour and editor.
public struct FormField: Equatable, Sendable {
    public var label: String
    public var colour: PhaseColour?
    public var editor: TextEditor
    /// First visible line of the editor when the text is taller than its box.
    public var scroll = 0

    public init(label: String, colour: PhaseColour?, text: String, multiline: Bool) {
        self.label = label
        self.colour = colour
        self.editor = TextEditor(text: text, multiline: multiline)
    }
}
