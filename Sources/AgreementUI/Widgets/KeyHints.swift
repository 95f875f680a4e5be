import Catalogue

/// The key hints of a context from the binding table, as footer spans that fit a width:
/// whole hints are dropped by priority (the table's `footer` number), never cut.
enum KeyHints {
    static func spans(_ context: KeyContext, width: Int, words: any Wording, except: Set<Action> = [], relabel: [Action: String] = [:],
                      extra: [(String, String)] = []) -> [Span] {
        var hints: [(priority: Int, order: Int, key: String, text: String)] = []
        var seen = Set<Action>()
        for (order, binding) in Keymap.bindings(in: context).enumerated() {
            guard let priority = binding.footer, !except.contains(binding.action), !seen.contains(binding.action) else { continue }
            seen.insert(binding.action)
            hints.append((priority, order, binding.label, relabel[binding.action] ?? words.hint(binding.action)))
        }
        for (i, hint) in extra.enumerated() { hints.append((50 + i, 1000 + i, hint.0, hint.1)) }
        func used(_ chosen: [(priority: Int, order: Int, key: String, text: String)]) -> Int {
            chosen.reduce(0) { $0 + DisplayWidth.of($1.key) + DisplayWidth.of($1.text) + 3 }
        }
        var chosen = hints
        while !chosen.isEmpty, used(chosen) > width {
            let drop = chosen.indices.max { (chosen[$0].priority, chosen[$0].order) < (chosen[$1].priority, chosen[$1].order) } ?? 0
            chosen.remove(at: drop)
        }
        return chosen.sorted { $0.order < $1.order }.flatMap { [Span(" \($0.key) ", .footerKey), Span("\($0.text) ", .footerText)] }
    }
}
