import Catalogue

/// One row of the binding table: keys, what they do, where, and whether the footer shows it.
public struct Binding: Sendable {
    /// The keys, in the order the help screen shows them.
    public var keys: [Key]
    /// Keys that also work but are not shown (Ctrl-C beside q).
    public var hiddenKeys: [Key]
    public var action: Action
    public var contexts: [KeyContext]
    /// The footer shows this binding when there is room: lower numbers first; nil = never.
    public var footer: Int?

    public init(_ keys: [Key], hidden: [Key] = [], _ action: Action, _ contexts: [KeyContext], footer: Int? = nil) {
        self.keys = keys
        self.hiddenKeys = hidden
        self.action = action
        self.contexts = contexts
        self.footer = footer
    }

    /// How the keys are written in the footer and help: "↑/k", "Ctrl-R".
    public var label: String { keys.map(\.label).joined(separator: "/") }

    /// Every key that gives this binding's action.
    public var allKeys: [Key] { keys + hiddenKeys }
}
