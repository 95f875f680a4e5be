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

    /// A field of the agreement: label and colour from its kind, text from the agreement.
    init(_ ref: FieldRef, in agreement: Agreement, label: String? = nil, display: (String) -> String = { $0 }) {
        self.init(label ?? ref.kind.label, ref.kind.colour, display(agreement.value(of: ref) ?? ""), ref: ref)
    }
}
