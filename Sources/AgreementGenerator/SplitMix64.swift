import AgreementKit

/// The bench's helpers over the shared seeded generator, for reproducible stores.
extension SplitMix64 {
    /// An independent stream for item `index` of a run with `seed`, so items can be built in any order.
    public init(seed: UInt64, stream index: UInt64) {
        var mixer = SplitMix64(seed: seed ^ (index &* 0xD1B5_4A32_D192_ED03))
        self.init(seed: mixer.next() ^ index)
    }

    /// A whole number in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < p }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T { items[Int(next(upperBound: UInt64(items.count)))] }

    /// `count` different elements of `items`, in random order.
    mutating func sample<T>(_ items: [T], _ count: Int) -> [T] {
        var copy = items
        copy.shuffle(using: &self)
        return Array(copy.prefix(count))
    }
}
