extension Keymap {
    /// The key list for the README, one table per context, generated from the binding table.
    /// A test checks that the README contains exactly this text.
    public static var markdown: String {
        var out = ""
        for context in KeyContext.allCases {
            out += "**\(context.title)**\n\n| keys | what it does |\n| --- | --- |\n"
            for binding in bindings(in: context) {
                out += "| `\(binding.label)` | \(binding.description) |\n"
            }
            if context == .picker { out += "\n\(pickerTypingNote)\n" }
            if context == .editor { out += "\n\(editorNote)\n" }
            if context == .dialog { out += "\n\(dialogNote)\n" }
            out += "\n"
        }
        return out
    }
}
