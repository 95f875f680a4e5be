/// Draws the whole interface for a state into a screen of a given size. Pure: no I/O.
/// The stack is drawn from the topmost full screen up: layers (forms, dialogs) over it.
public enum Renderer {
    public static func render(_ state: AppState, size: Size) -> Screen {
        var screen = Screen(width: size.width, height: size.height)
        if MainLayout.isTooSmall(size) {
            TooSmallView.draw(size: size, words: state.core.words, into: &screen)
            return screen
        }
        var core = state.core
        core.size = size
        let base = state.stack.lastIndex { !$0.screen.isOverlay } ?? 0
        for mode in state.stack[base...] {
            mode.screen.render(core, into: &screen)
        }
        // While a layer has the keys, the hints of the screen below do not work: the footer is
        // cleared, and the layer shows its own keys (from the table) in its frame.
        if base < state.stack.count - 1 {
            screen.fill(Rect(x: 0, y: size.height - 1, width: size.width, height: 1), role: .normal)
        }
        return screen
    }
}
