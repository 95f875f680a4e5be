import Synchronization

/// A number for one making of what a core derives from its agreement and companions, new each
/// time they change: what a view laid out from them is still right while the number is the same.
/// It names a moment, not a value, so it takes no part in comparing cores: every stamp is equal
/// to every other (`==`), and `isSame(as:)` tells them apart.
public struct DerivedStamp: Equatable, Sendable {
    private static let next = Atomic<UInt64>(0)

    public let number: UInt64

    public init() {
        number = Self.next.wrappingAdd(1, ordering: .relaxed).newValue
    }

    /// Whether both were made at the same change.
    public func isSame(as other: DerivedStamp) -> Bool { number == other.number }

    /// Two cores equal in everything else are equal whatever their stamps.
    public static func == (a: DerivedStamp, b: DerivedStamp) -> Bool { true }
}
