/// Draws the whole interface for a state into a screen of a given size. Pure: no I/O.
/// The stack is drawn from the topmost full screen up: layers (forms, dialogs) over it.
public enum Renderer {
    public static func render(_ state: AppState, size: Size) -> Screen {
        var screen = Screen(width: size.width, height: size.height)
        if MainLayout.isTooSmall(size) {
            TooSmallView.draw(size: size, words: state.core.words, into: &screen)
            return screen
        }
        if state.core.size == size {
            draw(state.stack, state.core, into: &screen)
        } else {
            var core = state.core
            core.size = size
            draw(state.stack, core, into: &screen)
        }
        return screen
    }

    /// The stack from the topmost full screen up, each screen read where it lies in the stack
    /// (the copies of the core and of the screens per frame were about 3 % of a key's time).
    private static func draw(_ stack: [Mode], _ core: AppCore, into screen: inout Screen) {
        stack.withUnsafeBufferPointer { modes in
            var base = modes.count - 1
            while base > 0, modes[base].screen.isOverlay { base -= 1 }
            for i in max(0, base)..<modes.count { modes[i].screen.render(core, into: &screen) }
            // While a layer has the keys, the hints of the screen below do not work: the footer is
            // cleared, and the layer shows its own keys (from the table) in its frame.
            if base < modes.count - 1 {
                screen.fill(Rect(x: 0, y: screen.height - 1, width: screen.width, height: 1), role: .normal)
            }
        }
    }
}
