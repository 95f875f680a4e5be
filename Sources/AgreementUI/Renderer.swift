/// Draws the whole interface for a state into a screen of a given size. Pure: no I/O.
public enum Renderer {
    public static func render(_ state: AppState, size: Size) -> Screen {
        var screen = Screen(width: size.width, height: size.height)
        if MainLayout.isTooSmall(size) {
            TooSmallView.draw(size: size, into: &screen)
            return screen
        }
        if state.meeting != nil {
            MeetingView.draw(state, into: &screen)
        } else {
            drawScreen(state, into: &screen)
        }
        switch state.modal {
        case .edit(let form): EditorView.draw(form, into: &screen)
        case .dialog(let dialog): DialogView.draw(dialog, into: &screen)
        case nil: break
        }
        return screen
    }

    private static func drawScreen(_ state: AppState, into screen: inout Screen) {
        switch state.overlay {
        case .phase(let offset):
            PhaseView.draw(state, offset: offset, into: &screen)
        case .help(let offset):
            HelpView.draw(offset: offset, into: &screen)
        case .detail(let offset, let field):
            DetailView.drawFull(state, offset: offset, field: field, into: &screen)
        case nil:
            switch state.mode {
            case .picker: PickerView.draw(state, into: &screen)
            case .main: MainView.draw(state, into: &screen)
            }
        }
    }
}
