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
    case add
    case addGoalArea
    case delete
    case addLogEntry
    case undo
    case redo
    case search
    case nextHit
    case previousHit
    case moveItemUp
    case moveItemDown
    case saveNow
    case editField
    case confirm
    case cancel
    case insertNewline
    case nextField
    case previousField
    case discard
}
