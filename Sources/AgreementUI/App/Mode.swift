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

    /// The screen as a given type, if it is one. The type is compared first: a cast that fails
    /// still went through the runtime's conformance lookup.
    public func `as`<S: ScreenState>(_ type: S.Type) -> S? {
        guard self.is(type) else { return nil }
        return screen as? S
    }

    /// Whether the screen is of a given type, without copying it out.
    public func `is`<S: ScreenState>(_ type: S.Type) -> Bool {
        ObjectIdentifier(Swift.type(of: screen)) == ObjectIdentifier(type)
    }

    public func keyContext(_ core: AppCore) -> KeyContext { screen.keyContext(core) }

    mutating func typed(_ key: Key, core: inout AppCore) -> Outcome? { screen.typed(key, core: &core) }

    mutating func perform(_ action: Action, core: inout AppCore) -> Outcome { screen.perform(action, core: &core) }

    mutating func reconcile(_ core: AppCore) { screen.reconcile(core) }

    mutating func reveal(_ target: Reveal, core: inout AppCore) { screen.reveal(target, core: &core) }
}
