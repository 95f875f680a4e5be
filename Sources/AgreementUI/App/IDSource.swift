import AgreementKit

/// Where new item ids come from: a seeded generator, so `update` stays a pure function
/// (the executable seeds it at random; tests seed it fixed).
public struct IDSource: Equatable, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// The next id.
    public mutating func next() -> ItemID {
        var generator = SplitMix64(seed: state)
        let id = ItemID.random(using: &generator)
        state = generator.state
        return id
    }
}
