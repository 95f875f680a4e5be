import Catalogue
import Synchronization

/// The status line and the key hints of the current context, drawn from the binding table.
enum FooterView {
    /// What a footer's hints depend on (the table itself is fixed).
    private struct HintsKey: Hashable {
        var context: KeyContext
        var width: Int
        var language: Language
        var readOnly: Bool
        var canSync: Bool
        var canHandOver: Bool
    }

    /// The hints laid out so far, as cells: a footer is laid out once per context, width and
    /// language, not on every key.
    private static let laidOut = Mutex<[HintsKey: [Cell]]>([:])

    static func draw(_ core: AppCore, context: KeyContext, status: Rect, footer: Rect, into screen: inout Screen) {
        drawStatus(core, in: status, into: &screen)
        screen.put(row: hints(context, width: footer.width, core: core), x: footer.x, y: footer.y)
    }

    /// The footer's hints of `context` at `width` as cells (from `laidOut` once they were laid out).
    static func hints(_ context: KeyContext, width: Int, core: AppCore) -> [Cell] {
        let key = HintsKey(
            context: context, width: width, language: core.session.language, readOnly: core.session.isReadOnly,
            canSync: core.session.unsynced != nil,
            canHandOver: !core.hasDocument || core.editability(.header).allowsChange)
        if let spans = laidOut.withLock({ $0[key] }) { return spans }
        // Taking over a lock is offered only where there is one to take over, syncing only in a
        // store that is a git repository, handing over only where the header may change.
        var except: Set<Action> = key.readOnly ? [.together(.sync)] : [.browse(.takeOverLock)]
        if !key.canSync { except.insert(.together(.sync)) }
        if !key.canHandOver { except.insert(.browse(.handOver)) }
        let row = Screen.row(of: KeyHints.spans(context, width: width, words: core.words, except: except), width: max(0, width))
        laidOut.withLock { $0[key] = row }
        return row
    }

    /// The status line: the message, cut with "…" when it does not fit. An error too long for
    /// one line takes the line above as well, so a failed save says both that nothing is lost
    /// and why ("… filen er skrivebeskyttet") at 80 columns.
    static func drawStatus(_ core: AppCore, in rect: Rect, into screen: inout Screen) {
        guard let message = core.status, rect.width > 0 else { return }
        let role: Role = switch message.kind {
        case .info: .status
        case .warning: .warning
        case .error: .error
        }
        let text = " " + message.text
        if message.kind == .error, rect.y > 0, rect.width > 2, DisplayWidth.of(text) > rect.width {
            let lines = TextLayout.wrap(message.text, width: rect.width - 1)
            if lines.count > 1 {
                let rest = lines.dropFirst().joined(separator: " ")
                screen.put(TextLayout.pad(" " + lines[0], to: rect.width), x: rect.x, y: rect.y - 1, role: role, limit: rect.width)
                screen.put(TextLayout.truncate(" " + rest, to: rect.width), x: rect.x, y: rect.y, role: role, limit: rect.width)
                return
            }
        }
        screen.put(TextLayout.truncate(text, to: rect.width), x: rect.x, y: rect.y, role: role, limit: rect.width)
    }
}
