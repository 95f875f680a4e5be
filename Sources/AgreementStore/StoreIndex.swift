import AgreementKit
import Foundation

/// The hidden `.index.json` of a store: a summary per agreement file with the file's stamp.
/// An entry whose stamp no longer matches the file is stale and rebuilt from the file,
/// so the index heals itself; deleting it only costs one slower listing.
///
/// Saves record their agreement's new summary in a small companion, `.index.delta.json` (same
/// shape), instead of rewriting the whole index; `list` reads both, and folds the delta into the
/// index when it writes the index anyway (files changed outside the app) or the delta has grown.
/// Version 2 added the overview's facts to each summary, version 3 the rows' links to action
/// plans, version 4 the steps of the year with the agreement's own dates (the overview's
/// «behind» from its schedule); an index of another version is rebuilt. Written with
/// `JSONEncoder`, read back with `IndexReader` (no tree of the whole file, no `Decoder`).
struct StoreIndex: Codable, Equatable {
    static let fileName = ".index.json"
    static let deltaFileName = ".index.delta.json"
    /// Held (flock) while a process reads and rewrites the delta, so two saves do not lose each
    /// other's entry; not a `.json` file and not an agreement's `.lock`.
    static let lockFileName = ".index.flock"
    static let version = 4
    /// A delta this large takes no more entries (saves stay quick) and is folded into the index by
    /// the next listing.
    static let deltaLimit = 16

    struct Entry: Codable, Equatable {
        var stamp: FileStamp
        var summary: AgreementSummary
    }

    var version: Int = StoreIndex.version
    var entries: [String: Entry] = [:]
}

extension StoreIndex {
    /// The bytes `StoreCoding.encodeCompact` writes for an index whose entries encode, compact,
    /// as `encodedEntries` (by agreement id): put together without encoding the entries again.
    static func compactFile(encodedEntries: [String: [UInt8]]) -> Data {
        var out: [UInt8] = Array(#"{"entries":{"#.utf8)
        out.reserveCapacity(encodedEntries.values.reduce(64) { $0 + $1.count + 64 })
        for (n, id) in encodedEntries.keys.sorted(by: { StoreJSONEncoder.compareBytes($0, $1) < 0 }).enumerated() {
            if n > 0 { out.append(0x2C) }
            StoreJSONEncoder.writeString(id, into: &out)
            out.append(0x3A)
            out.append(contentsOf: encodedEntries[id] ?? [])
        }
        out.append(contentsOf: #"},"version":\#(version)}"#.utf8)
        out.append(0x0A)
        return Data(out)
    }
}
