import AgreementKit
import Catalogue

/// One labelled field of the detail view, drawn with its phase marker and colour.
public struct DetailField: Equatable, Sendable {
    public var label: String
    /// The phase colour of the field; nil for plain facts (counts, summaries).
    public var colour: PhaseColour?
    public var text: String
    /// The field this line edits, or nil when it is read-only here.
    public var ref: FieldRef?
    /// The conflict a merge recorded on the field, if any, and its lines: what to choose, then
    /// the two values with who set each and when.
    public var conflict: FieldConflict?
    public var conflictLines: [String] = []

    public init(_ label: String, _ colour: PhaseColour?, _ text: String, ref: FieldRef? = nil) {
        self.label = label
        self.colour = colour
        self.text = text
        self.ref = ref
    }

    /// Shows a recorded conflict on the field.
    mutating func mark(_ conflict: FieldConflict, words w: any Wording) {
        self.conflict = conflict
        conflictLines = [w.conflictOnField(conflict), "a: " + w.conflictChoice(conflict, side: .a), "b: " + w.conflictChoice(conflict, side: .b)]
    }
}
