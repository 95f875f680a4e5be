/// One row of the binding table: keys, the command, what it does, where, and whether the footer shows it.
public struct Binding: Sendable {
    public var keys: [Key]
    /// How the keys are written in the footer and help: "↑/k", "Tab".
    public var label: String
    public var command: Command
    public var description: String
    public var context: KeyContext
    /// The short hint in the footer, or nil when the footer leaves this binding out.
    public var footer: String?

    public init(_ keys: [Key], _ label: String, _ command: Command, _ description: String, _ context: KeyContext, footer: String? = nil) {
        self.keys = keys
        self.label = label
        self.command = command
        self.description = description
        self.context = context
        self.footer = footer
    }

    public var inFooter: Bool { footer != nil }
}
