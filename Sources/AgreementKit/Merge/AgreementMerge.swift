/// The three-way merge of an agreement's public file, on the domain model: the tree merge's
/// rules (see `TreeMerge`), then the phase rules, then what keeps the agreement valid. The
/// conflicts met are recorded in the agreement itself, so they travel with it to every copy.
public enum AgreementMerge {
    /// This side (the file merged into) or the other.
    public enum Side: Sendable {
        case a, b
    }

    /// The merged agreement and the conflicts this merge recorded in it.
    public struct Result: Sendable {
        public var agreement: Agreement
        public var conflicts: [FieldConflict]
    }

    /// The merge never fails on agreements the store could read: an error here means the merged
    /// tree no longer decodes, which the driver reports instead of writing anything.
    public struct Failure: Error, Sendable {
        public var detail: String
    }

    /// Merges `a` (this side) and `b` (the other) from their common `base` (nil when the two
    /// were made apart). `recorded` is the moment of the merge; `who` says who last set a path
    /// on a side and when, if known (from the histories).
    public static func merge(base: Agreement?, a: Agreement, b: Agreement, recorded: String,
                             who: (ChangePath, Side) -> ChangeStamp? = { _, _ in nil }) throws(Failure) -> Result {
        let trees: (JSONValue?, JSONValue, JSONValue)
        do { trees = (try base.map { try JSONValue.of($0) }, try JSONValue.of(a), try JSONValue.of(b)) } catch {
            throw Failure(detail: "\(error)")
        }
        let (merged, treeConflicts) = TreeMerge.merge(base: trees.0, ours: trees.1, theirs: trees.2)
        guard var tree = merged else { throw Failure(detail: "empty merge") }
        var recordedConflicts: [FieldConflict] = treeConflicts.map { c in
            FieldConflict(kind: c.ours == nil || c.theirs == nil ? .changedAndRemoved : .bothChanged, path: c.path, base: c.base,
                          a: c.ours, b: c.theirs, aBy: who(c.path, .a), bBy: who(c.path, .b), recorded: recorded)
        }
        if let base, let baseTree = trees.0 {
            recordedConflicts += amendmentCandidates(base: base, baseTree: baseTree, a: (a, trees.1), b: (b, trees.2), merged: tree,
                                                     recorded: recorded, who: who)
        }
        var list = tree["conflicts"]?.elements ?? []
        let present = Set(list.compactMap(\.itemID))
        var added = Set<String>()
        var fresh: [FieldConflict] = []
        for conflict in recordedConflicts where !present.contains(conflict.id.rawValue) && added.insert(conflict.id.rawValue).inserted {
            fresh.append(conflict)
            if let value = try? JSONValue.of(conflict) { list.append(value) }
        }
        if let withConflicts = ChangePath(["conflicts"]).setting(.array(list), in: tree) { tree = withConflicts }
        var agreement: Agreement
        do { agreement = try tree.decode(Agreement.self) } catch { throw Failure(detail: "\(error)") }
        agreement.personalGoals = a.personalGoals
        agreement.repairAfterMerge()
        return Result(agreement: agreement, conflicts: fresh)
    }

    /// The phase rules: when one side signed the agreement or moved on from Inngåelse while the
    /// other, still in Inngåelse, changed blue fields freely, those changes are kept and flagged
    /// as amendment candidates, to be confirmed with a reason or taken back.
    private static func amendmentCandidates(base: Agreement, baseTree: JSONValue, a: (Agreement, JSONValue), b: (Agreement, JSONValue),
                                            merged: JSONValue, recorded: String, who: (ChangePath, Side) -> ChangeStamp?) -> [FieldConflict] {
        guard base.phase == .agreement else { return [] }
        func signed(_ side: Agreement) -> Bool {
            side.phase > .agreement || side.signOffs.contains { $0.phase == .agreement && !base.signOffs.contains($0) }
        }
        var out: [FieldConflict] = []
        for (signer, editor, side) in [(a.0, b, Side.b), (b.0, a, Side.a)] where signed(signer) && editor.0.phase == .agreement {
            for change in TreeDiff.changes(from: baseTree, to: editor.1) where change.kind != .reordered {
                guard FieldKind(path: change.path)?.colour == .blue, change.path.value(in: merged) == change.new else { continue }
                let stamp = who(change.path, side)
                out.append(FieldConflict(kind: .amendmentCandidate, path: change.path, base: change.old, a: change.new, b: nil,
                                         aBy: stamp, recorded: recorded))
            }
        }
        return out
    }
}
