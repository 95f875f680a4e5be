/// The status line and the key hints of the current context, drawn from the binding table.
enum FooterView {
    static func draw(_ state: AppState, status: Rect, footer: Rect, into screen: inout Screen) {
        if let message = state.status {
            let role: Role = switch message.kind {
            case .info: .status
            case .warning: .warning
            case .error: .error
            }
            screen.put(" " + message.text, x: status.x, y: status.y, role: role, limit: status.width)
        }
        // A form or dialog shows its own keys inside its box.
        guard state.modal == nil else { return }
        var spans: [Span] = []
        let midYear = state.meeting?.kind == .midYear
        let ratings: Set<Command> = [.rateBeyond, .rateAsAgreed, .rateBelow]
        for binding in Keymap.bindings(in: state.keyContext) where binding.inFooter {
            // At the mid-year review nothing is rated: the footer leaves 1/2/3 out.
            if midYear && ratings.contains(binding.command) { continue }
            spans.append(Span(" \(binding.label) ", .footerKey))
            spans.append(Span("\(binding.footer ?? binding.description) ", .footerText))
        }
        screen.put(spans, x: footer.x, y: footer.y, width: footer.width)
    }
}
