import AgreementKit
import AgreementStore
import Dispatch
import Foundation
import Synchronization

/// Generates a store of realistic agreements, deterministic for a seed: plans every agreement in
/// order (units, years, unique ids), then builds and saves them through `AgreementStore.save` on every core.
public struct StoreGenerator: Sendable {
    /// The years of the store; the last is the open year.
    public static let years = 2019...2026

    public var count: Int
    public var seed: UInt64

    public init(count: Int, seed: UInt64) {
        self.count = count
        self.seed = seed
    }

    /// The agreements to write: unit after unit, each unit with its most recent years first.
    func plans() -> [AgreementPlan] {
        var rng = SplitMix64(seed: seed)
        let yearCount = Self.years.count
        let units = UnitCatalog.units(count: (count + yearCount - 1) / yearCount, using: &rng)
        let contacts = (0..<12).map { _ in NorwegianText.person(using: &rng) }
        var taken = Set<String>()
        var plans: [AgreementPlan] = []
        for (u, unit) in units.enumerated() {
            let leaders = [NorwegianText.person(using: &rng), NorwegianText.person(using: &rng)]
            let change = rng.int(Self.years.lowerBound...Self.years.upperBound + 4)
            let contact = rng.pick(contacts)
            for k in 0..<yearCount where plans.count < count {
                let year = Self.years.upperBound - k
                let base = Slug.make(unit: unit.name, year: year)
                var id = base
                var n = 2
                while !taken.insert(id).inserted {
                    id = "\(base)-\(n)"
                    n += 1
                }
                plans.append(AgreementPlan(id: id, unit: unit.name, domain: unit.domain, year: year, isCurrent: k == 0,
                                           leader: leaders[year < change ? 0 : 1], contactPerson: contact, index: u * yearCount + k))
            }
        }
        return plans
    }

    /// Builds and saves every agreement; returns the bytes written (public and private files).
    @discardableResult
    public func write(to target: AgreementStore) throws -> Int {
        var unindexed = target
        unindexed.indexing = .off  // the first listing builds the index at once
        unindexed.recordsHistory = false  // generated demo data has no history: the same seed gives the same bytes
        let store = unindexed
        try store.create()
        let plans = plans()
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        let outcome = Mutex<(bytes: Int, error: (any Error)?)>((0, nil))
        let seed = seed
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var bytes = 0
            for i in stride(from: worker, to: plans.count, by: workers) {
                var factory = AgreementFactory(plan: plans[i], seed: seed)
                let agreement = factory.make()
                do {
                    try store.save(agreement)
                    for path in [store.path(of: agreement.id), store.privatePath(of: agreement.id)] {
                        bytes += Int(store.fileSystem.stamp(path)?.size ?? 0)
                    }
                } catch {
                    outcome.withLock { if $0.error == nil { $0.error = error } }
                    return
                }
            }
            outcome.withLock { $0.bytes += bytes }
        }
        let result = outcome.withLock { $0 }
        if let error = result.error { throw error }
        return result.bytes
    }
}
