/// One row of the binding table: keys, the command, what it does, where, and whether the footer shows it.
public struct Binding: Sendable {
    public var keys: [Key]
    /// How the keys are written in the footer and help: "↑/k", "Tab".
    public var label: String
    public var command: Command
    public var description: String
    public var context: KeyContext
    public var inFooter: Bool

    public init(_ keys: [Key], _ label: String, _ command: Command, _ description: String, _ context: KeyContext, footer: Bool = false) {
        self.keys = keys
        self.label = label
        self.command = command
        self.description = description
        self.context = context
        self.inFooter = footer
    }
}
