import Catalogue

/// One screen or layer of the interface — the picker, the main screen, a form, a dialog — as a
/// component: it owns its state, handles its keys and draws itself. Screens stack: the top one
/// gets the keys; a layer (`isOverlay`) is drawn over the screen below it.
///
/// Adding a screen: a folder in `Screens/` with a type conforming to this protocol (its state,
/// its `perform` for its actions, its `render`), its rows in `Keymap`, its words in the catalogue.
public protocol ScreenState: Equatable, Sendable {
    /// True for a layer drawn over the screen below (a form, a dialog).
    var isOverlay: Bool { get }
    /// True for a form: what a draft is kept from if the session ends (`AppState.draft`).
    var isForm: Bool { get }
    /// The context that decides what keys mean here.
    func keyContext(_ core: AppCore) -> KeyContext
    /// A key seen before the binding table (typing into a filter or a text field); nil when the
    /// key is not typing and should go to the binding table.
    mutating func typed(_ key: Key, core: inout AppCore) -> Outcome?
    /// Performs an action from the binding table.
    mutating func perform(_ action: Action, core: inout AppCore) -> Outcome
    /// Brings what the screen derives from the agreement and the size up to date (after a
    /// change, an undo, a reload or a resize): cursors stay on their items by id.
    mutating func reconcile(_ core: AppCore)
    /// Shows an item this screen can point at (after a form below it created it).
    mutating func reveal(_ target: Reveal, core: inout AppCore)
    /// Draws the screen. Pure.
    func render(_ core: AppCore, into screen: inout Screen)
}

extension ScreenState {
    public var isOverlay: Bool { false }
    public var isForm: Bool { false }
    public mutating func typed(_ key: Key, core: inout AppCore) -> Outcome? { nil }
    public mutating func reconcile(_ core: AppCore) {}
    public mutating func reveal(_ target: Reveal, core: inout AppCore) {}

    /// True if `other` is a screen of this type with equal state.
    func isEqual(to other: any ScreenState) -> Bool {
        (other as? Self) == self
    }
}
