import AgreementKit

/// Agreement ids as people type them: any unique prefix names an agreement, and an id that
/// names none is answered with the closest ones.
public enum AgreementIDs {
    /// What `given` names among `ids`: itself when it is an id, else the only id it begins, else why not.
    public enum Resolution: Equatable, Sendable {
        case found(String)
        case ambiguous([String])
        case notFound(suggestions: [String])
    }

    public static func resolve(_ given: String, among ids: [String]) -> Resolution {
        if ids.contains(given) { return .found(given) }
        let matches = ids.filter { !given.isEmpty && $0.hasPrefix(given) }.sorted()
        switch matches.count {
        case 1: return .found(matches[0])
        case 0: return .notFound(suggestions: closest(to: given, among: ids))
        default: return .ambiguous(matches)
        }
    }

    /// Up to `limit` ids within a few edits of `given` (compared with as much of each id as was
    /// typed, so a typo in a prefix counts), nearest first.
    public static func closest(to given: String, among ids: [String], limit: Int = 3) -> [String] {
        guard !given.isEmpty else { return [] }
        let allowed = max(2, given.count / 3)
        let scored = ids.map { id -> (Int, String) in
            let whole = EditDistance.between(given, id)
            let prefix = EditDistance.between(given, String(id.prefix(given.count)))
            return (min(whole, prefix), id)
        }
        return scored.filter { $0.0 <= allowed }.sorted { $0 < $1 }.prefix(limit).map(\.1)
    }
}

extension AgreementStore {
    /// The id `given` names in this store (the id itself or a unique prefix of one).
    public func resolve(_ given: String) throws(StoreError) -> String {
        // A whole id needs no listing of the folder (4,000 names in a store of 2,000): its file
        // is there, under a name the listing would have taken as an agreement's.
        if !given.contains("/"), StoreFiles.agreementID(fromFileName: StoreFiles.agreementFileName(given)) == given,
           fileSystem.exists(path(of: given)) {
            return given
        }
        switch AgreementIDs.resolve(given, among: try ids()) {
        case .found(let id): return id
        case .ambiguous(let candidates): throw StoreError(file: root, problem: .ambiguous(prefix: given, candidates: candidates))
        case .notFound(let suggestions): throw StoreError(file: root, problem: .notFound(id: given, suggestions: suggestions))
        }
    }
}
