import Catalogue

/// One entry of the screen stack: any screen, compared by value.
public struct Mode: Equatable, Sendable {
    public var screen: any ScreenState

    public init(_ screen: any ScreenState) {
        self.screen = screen
    }

    public static func == (lhs: Mode, rhs: Mode) -> Bool {
        lhs.screen.isEqual(to: rhs.screen)
    }

    /// The screen as a given type, if it is one.
    public func `as`<S: ScreenState>(_ type: S.Type) -> S? {
        screen as? S
    }

    public func keyContext(_ core: AppCore) -> KeyContext { screen.keyContext(core) }

    mutating func typed(_ key: Key, core: inout AppCore) -> Outcome? { screen.typed(key, core: &core) }

    mutating func perform(_ action: Action, core: inout AppCore) -> Outcome { screen.perform(action, core: &core) }

    mutating func reconcile(_ core: AppCore) { screen.reconcile(core) }

    mutating func reveal(_ target: Reveal, core: inout AppCore) { screen.reveal(target, core: &core) }
}
