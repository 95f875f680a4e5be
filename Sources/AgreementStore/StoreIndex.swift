import AgreementKit
import Foundation

/// The hidden `.index.json` of a store: a summary per agreement file with the file's stamp.
/// An entry whose stamp no longer matches the file is stale and rebuilt from the file,
/// so the index heals itself; deleting it only costs one slower listing.
/// Version 2: summaries carry the rows' links to action plans.
struct StoreIndex: Codable, Equatable {
    static let fileName = ".index.json"
    static let version = 2

    struct Entry: Codable, Equatable {
        var stamp: FileStamp
        var summary: AgreementSummary
    }

    var version: Int = StoreIndex.version
    var entries: [String: Entry] = [:]
}
