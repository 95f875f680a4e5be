import AgreementKit
import AgreementUI

/// Short ways for tests to look into the interface's state.
extension AppState {
    /// The main screen, wherever it is on the stack.
    public var browse: BrowseState? { screen(BrowseState.self) }
    /// The form on top, if one is open.
    public var form: FormState? { top.as(FormState.self) }
    /// The dialog on top, if one is open.
    public var dialog: DialogState? { top.as(DialogState.self) }
    /// The detail screen on top, if it is.
    public var detail: DetailState? { top.as(DetailState.self) }
    /// Meeting mode, wherever it is on the stack.
    public var meeting: MeetingState? { screen(MeetingState.self) }
    /// The picker on top, if it is.
    public var picker: PickerState? { top.as(PickerState.self) }
    /// The help screen on top, if it is.
    public var help: HelpState? { top.as(HelpState.self) }
    /// The phase dialog on top, if it is.
    public var phaseDialog: PhaseState? { top.as(PhaseState.self) }
    /// What the goals cursor stands on.
    public var selection: Selection { browse?.selection(core) ?? .none }
    /// The status line's text.
    public var statusText: String? { core.status?.text }
    /// The focused pane of the main screen.
    public var focus: Pane? { browse?.focus }
    /// True when nothing is on top of the bottom screen.
    public var isOnBottomScreen: Bool { stack.count == 1 }
}
