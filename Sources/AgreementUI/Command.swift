/// Everything a key can ask for. One binding table maps keys to commands per context.
public enum Command: String, CaseIterable, Sendable {
    case moveUp
    case moveDown
    case pageUp
    case pageDown
    case moveFirst
    case moveLast
    case nextPane
    case previousPane
    case open
    case back
    case help
    case quit
    case pickerOpen
    case pickerClear
    case closeHelp
}
