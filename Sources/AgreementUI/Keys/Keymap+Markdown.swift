import Catalogue

extension Keymap {
    /// The key list for the README, one table per context, generated from the binding table.
    /// A test checks that the README contains exactly this text.
    public static func markdown(words w: any Wording) -> String {
        var out = ""
        for context in KeyContext.allCases {
            let bindings = bindings(in: context)
            guard !bindings.isEmpty else { continue }
            out += "**\(w.contextTitle(context))**\n\n| keys | what it does |\n| --- | --- |\n"
            for binding in bindings {
                out += "| `\(binding.label)` | \(w.describe(binding.action)) |\n"
            }
            if let note = w.contextNote(context) { out += "\n\(note)\n" }
            out += "\n"
        }
        return out
    }
}
