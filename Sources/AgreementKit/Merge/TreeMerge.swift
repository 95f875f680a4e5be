/// The three-way merge of JSON trees by stable ids, the rules of the merge driver:
///
/// - a value changed on one side takes that side; changed alike on both, either;
/// - objects merge key by key;
/// - lists of items (objects with an `id`: log entries, measures, support, checklist tasks,
///   amendments …) are sets keyed by id: the union, items changed on both sides merged field by
///   field, an item removed on one side and changed on the other kept (never lost) and reported;
///   the order follows the side that reordered, and items added on both sides at one place come
///   in a fixed order (so the merge is the same whichever side merges);
/// - lists of records (signatures, phase changes, reviews: objects without an id) are sets of
///   values: both sides' new records kept, ordered by their content (date first);
/// - a value changed differently on both sides is a conflict: this side's value stays, and the
///   conflict is reported with both values for a person to choose.
public enum TreeMerge {
    /// The merged value (nil when the value is gone) and the conflicts met.
    public static func merge(base: JSONValue?, ours: JSONValue?, theirs: JSONValue?, at path: ChangePath = ChangePath())
        -> (value: JSONValue?, conflicts: [TreeConflict]) {
        var conflicts: [TreeConflict] = []
        let value = merge(base, ours, theirs, path, &conflicts)
        return (value, conflicts)
    }

    static func merge(_ base: JSONValue?, _ ours: JSONValue?, _ theirs: JSONValue?, _ path: ChangePath,
                      _ conflicts: inout [TreeConflict]) -> JSONValue? {
        if ours == theirs { return ours }
        if base == ours { return theirs }
        if base == theirs { return ours }
        switch (ours, theirs) {
        case (.object(let o)?, .object(let t)?):
            let b = base?.members ?? [:]
            var merged: [String: JSONValue] = [:]
            for key in Set(o.keys).union(t.keys).union(b.keys) {
                if let value = merge(b[key], o[key], t[key], path.appending(key), &conflicts) { merged[key] = value }
            }
            return .object(merged)
        case (.array(let o)?, .array(let t)?) where TreeDiff.isItems(o) && TreeDiff.isItems(t) && TreeDiff.isItems(base?.elements ?? []):
            return .array(ItemListMerge(base: base?.elements ?? [], ours: o, theirs: t, path: path).merged(&conflicts))
        case (.array(let o)?, .array(let t)?) where TreeDiff.isRecords(o) && TreeDiff.isRecords(t) && TreeDiff.isRecords(base?.elements ?? []):
            return .array(records(base: base?.elements ?? [], ours: o, theirs: t))
        case (nil, let kept?), (let kept?, nil):
            // Removed on one side, changed on the other: the change is kept, never lost.
            conflicts.append(TreeConflict(path: path, base: base, ours: ours, theirs: theirs))
            return kept
        default:
            conflicts.append(TreeConflict(path: path, base: base, ours: ours, theirs: theirs))
            return ours
        }
    }

    /// Lists of records as multisets: a record removed on either side goes; every record added
    /// on either side stays (one added alike on both counts once); the new ones after the old,
    /// ordered by their content.
    static func records(base: [JSONValue], ours: [JSONValue], theirs: [JSONValue]) -> [JSONValue] {
        func counts(_ list: [JSONValue]) -> [JSONValue: Int] {
            list.reduce(into: [:]) { $0[$1, default: 0] += 1 }
        }
        let (b, o, t) = (counts(base), counts(ours), counts(theirs))
        var wanted: [JSONValue: Int] = [:]
        for value in Set(b.keys).union(o.keys).union(t.keys) {
            let (cb, co, ct) = (b[value] ?? 0, o[value] ?? 0, t[value] ?? 0)
            wanted[value] = co < cb || ct < cb ? min(co, ct) : max(co, ct)
        }
        var out: [JSONValue] = []
        var placed: [JSONValue: Int] = [:]
        for value in base where placed[value, default: 0] < wanted[value, default: 0] {
            out.append(value)
            placed[value, default: 0] += 1
        }
        let added = wanted.flatMap { value, n in Array(repeating: value, count: max(0, n - placed[value, default: 0])) }
        return out + added.map { ($0.canonicalText, $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
