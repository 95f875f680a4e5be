import AgreementKit

/// One labelled field of the detail view, drawn with its phase marker and colour.
public struct DetailField: Equatable, Sendable {
    public var label: String
    /// The phase colour of the field; nil for plain facts (dates, counts).
    public var colour: PhaseColour?
    public var text: String

    public init(_ label: String, _ colour: PhaseColour?, _ text: String) {
        self.label = label
        self.colour = colour
        self.text = text
    }

    init(_ kind: FieldKind, _ text: String) {
        self.init(kind.label, kind.colour, text)
    }
}
