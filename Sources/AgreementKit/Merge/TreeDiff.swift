/// The differences between two versions of a JSON tree, by stable ids: objects key by key,
/// lists of items (objects with an `id`) item by item wherever they moved, lists of records
/// (objects without an id: signatures, phase changes) as sets, anything else as a whole value.
public enum TreeDiff {
    /// Every change from `old` to `new`, in the order of the tree (keys sorted).
    public static func changes(from old: JSONValue, to new: JSONValue, at path: ChangePath = ChangePath()) -> [TreeChange] {
        var out: [TreeChange] = []
        collect(old, new, path, into: &out)
        return out
    }

    private static func collect(_ old: JSONValue, _ new: JSONValue, _ path: ChangePath, into out: inout [TreeChange]) {
        if old == new { return }
        switch (old, new) {
        case (.object(let a), .object(let b)):
            for key in Set(a.keys).union(b.keys).sorted() {
                switch (a[key], b[key]) {
                case (let x?, let y?): collect(x, y, path.appending(key), into: &out)
                case (let x?, nil): out.append(TreeChange(.removed, at: path.appending(key), old: x, new: nil))
                case (nil, let y?): out.append(TreeChange(.added, at: path.appending(key), old: nil, new: y))
                case (nil, nil): break
                }
            }
        case (.array(let a), .array(let b)) where isItems(a) && isItems(b):
            items(a, b, path, into: &out)
        case (.array(let a), .array(let b)) where isRecords(a) && isRecords(b):
            for record in b where !a.contains(record) { out.append(TreeChange(.added, at: path, old: nil, new: record)) }
            for record in a where !b.contains(record) { out.append(TreeChange(.removed, at: path, old: record, new: nil)) }
        default:
            out.append(TreeChange(.changed, at: path, old: old, new: new))
        }
    }

    /// Lists of items: matched by id; added, removed, changed within, and the order.
    private static func items(_ a: [JSONValue], _ b: [JSONValue], _ path: ChangePath, into out: inout [TreeChange]) {
        var before: [String: JSONValue] = [:]
        for item in a { if let id = item.itemID { before[id] = item } }
        var after: [String: JSONValue] = [:]
        for item in b { if let id = item.itemID { after[id] = item } }
        for item in b {
            guard let id = item.itemID else { continue }
            if let old = before[id] {
                collect(old, item, path.appending(id), into: &out)
            } else {
                out.append(TreeChange(.added, at: path.appending(id), old: nil, new: item))
            }
        }
        for item in a {
            guard let id = item.itemID, after[id] == nil else { continue }
            out.append(TreeChange(.removed, at: path.appending(id), old: item, new: nil))
        }
        let oldOrder = a.compactMap(\.itemID).filter { after[$0] != nil }
        let newOrder = b.compactMap(\.itemID).filter { before[$0] != nil }
        if oldOrder != newOrder {
            out.append(TreeChange(.reordered, at: path, old: .array(oldOrder.map(JSONValue.string)), new: .array(newOrder.map(JSONValue.string))))
        }
    }

    /// An empty list goes with either kind, so that adding the first item is an item added.
    static func isItems(_ list: [JSONValue]) -> Bool {
        list.allSatisfy { $0.itemID != nil }
    }

    static func isRecords(_ list: [JSONValue]) -> Bool {
        list.allSatisfy { $0.members != nil && $0.itemID == nil }
    }
}
