import AgreementKit
import Foundation

extension AgreementStore {
    /// Saves `renamed`, the agreement `id` after its unit changed name. When its id changes with
    /// the name, the new files are claimed exclusively first (an agreement of the new id is never
    /// replaced), the companion folder moves, the old files go, and the links of the unit's other
    /// years (next year's `carriedFrom`) follow. Returns the ids whose links were updated.
    @discardableResult
    public func rename(_ id: String, to renamed: Agreement) throws(StartProblem) -> [String] {
        var updated: [String] = []
        try locked(id) { () throws(StartProblem) in
            guard renamed.id != id else {
                do throws(StoreError) { _ = try save(renamed) } catch { throw .store(error) }
                return
            }
            try saveNew(renamed)
            do throws(FileSystemError) {
                let folder = "\(root)/\(id)"
                if let info = try? fileSystem.info(folder, followingLinks: false), info.kind == .directory {
                    try fileSystem.move(folder, to: "\(root)/\(renamed.id)")
                }
                try fileSystem.remove(path(of: id))
                try fileSystem.remove(privatePath(of: id))
            } catch {
                throw .store(StoreError(file: error.path, problem: .saveFailed(error)))
            }
            updated = relink(from: id, to: renamed.id)
        }
        return updated
    }

    /// Points every link to agreement `old` at `new`, in the agreements that have one (read
    /// from the index first, so only they are loaded). One open in another session is left.
    func relink(from old: String, to new: String) -> [String] {
        var updated: [String] = []
        for summary in (try? list().summaries) ?? [] where summary.id != new {
            guard summary.carriedFrom == old, var agreement = try? load(summary.id) else { continue }
            agreement.relink(from: old, to: new)
            if (try? locked(summary.id, { () throws(StartProblem) in
                do throws(StoreError) { _ = try save(agreement) } catch { throw .store(error) }
            })) != nil {
                updated.append(summary.id)
            }
        }
        return updated
    }
}

extension Agreement {
    /// Points the links to agreement `old` (this agreement's own, its goal areas', rows' and
    /// measures') at `new`.
    mutating func relink(from old: String, to new: String) {
        func fix(_ link: inout ItemLink?) { if link?.agreement == old { link?.agreement = new } }
        if carriedFrom == old { carriedFrom = new }
        for a in goalAreas.indices {
            fix(&goalAreas[a].carriedFrom)
            for r in goalAreas[a].rows.indices {
                fix(&goalAreas[a].rows[r].carriedFrom)
                for m in goalAreas[a].rows[r].measures.indices { fix(&goalAreas[a].rows[r].measures[m].carriedFrom) }
            }
        }
    }
}
