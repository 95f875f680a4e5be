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
        return screen
    }
}
