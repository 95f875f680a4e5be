import AgreementKit

/// One labelled field of the detail view, drawn with its phase marker and colour.
public struct DetailField: Equatable, Sendable {
    public var label: String
    /// The phase colour of the field; nil for plain facts (counts, summaries).
    public var colour: PhaseColour?
    public var text: String
    /// The field this line edits, or nil when it is read-only here.
    public var ref: FieldRef?

    public init(_ label: String, _ colour: PhaseColour?, _ text: String, ref: FieldRef? = nil) {
        self.label = label
        self.colour = colour
        self.text = text
        self.ref = ref
    }

}
