import AgreementKit

/// Where new item ids come from: a seeded generator, so `update` stays a pure function
/// (the executable seeds it at random; tests seed it fixed).
public struct IDSource: Equatable, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// The next id.
    public mutating func next() -> ItemID {
        var generator = SplitMix(state: state)
        let id = ItemID.random(using: &generator)
        state = generator.state
        return id
    }

    private struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
