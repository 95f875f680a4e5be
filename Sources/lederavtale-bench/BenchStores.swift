import AgreementKit
import AgreementGenerator
import AgreementStore
import Foundation

/// The stores a benchmark works on: the large store (given, or generated in a temporary folder),
/// a one-agreement store holding a byte-for-byte copy of the agreement that is opened, and the sample store.
struct BenchStores {
    let large: AgreementStore
    let one: AgreementStore
    let sample: AgreementStore
    /// The agreement opened in both stores: the largest file of the large store.
    let agreementID: String
    let agreementCount: Int
    /// Bytes of the large store's agreement files (public and private).
    let largeBytes: Int
    /// Seconds spent generating the large store; nil when it was given.
    let generatedSeconds: Double?
    /// The temporary folder holding every store made here; removed by `remove()`.
    let scratch: String

    /// Makes the stores; `store` names an existing large store, else `agreements` are generated.
    static func prepare(store: String?, agreements: Int, seed: UInt64, log: (String) -> Void) throws -> BenchStores {
        let scratch = NSTemporaryDirectory() + "lederavtale-bench-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fileSystem = LiveFileSystem()
        let large: AgreementStore
        var generated: Double?
        if let store {
            large = AgreementStore(root: store)
            guard large.exists else { throw BenchFailure("the store \(store) does not exist", code: 2) }
        } else {
            large = AgreementStore(root: scratch + "/large")
            log("generating \(agreements) agreements (seed \(seed)) in \(large.root) …")
            let start = Stopwatch.clock.now
            try StoreGenerator(count: agreements, seed: seed).write(to: large)
            generated = Stopwatch.seconds(Stopwatch.clock.now - start)
        }
        let ids = try large.ids()
        guard !ids.isEmpty else { throw BenchFailure("the store \(large.root) holds no agreements", code: 2) }
        var largest = (id: ids[0], size: Int64(-1))
        var bytes = 0
        for id in ids {
            let size = fileSystem.stamp(large.path(of: id))?.size ?? 0
            bytes += Int(size + (fileSystem.stamp(large.privatePath(of: id))?.size ?? 0))
            if size > largest.size { largest = (id, size) }
        }
        let one = AgreementStore(root: scratch + "/one")
        try one.create()
        try copy(largest.id, from: large, to: one)
        let sample = AgreementStore(root: scratch + "/sample")
        try sample.installSamples()
        return BenchStores(large: large, one: one, sample: sample, agreementID: largest.id, agreementCount: ids.count,
                           largeBytes: bytes, generatedSeconds: generated, scratch: scratch)
    }

    /// Copies both files of an agreement unchanged.
    private static func copy(_ id: String, from source: AgreementStore, to target: AgreementStore) throws {
        let fileSystem = LiveFileSystem()
        try fileSystem.writeAtomically(fileSystem.read(source.path(of: id)), to: target.path(of: id), mode: 0o644)
        if let data = try? fileSystem.read(source.privatePath(of: id)) {
            try fileSystem.writeAtomically(data, to: target.privatePath(of: id), mode: 0o600)
        }
    }

    /// Removes the temporary folder (a given large store is never touched).
    func remove() {
        try? FileManager.default.removeItem(atPath: scratch)
    }
}
