/// The merge of one list of items keyed by id (see `TreeMerge`): which items stay, merged how,
/// and in which order.
struct ItemListMerge {
    let base: [JSONValue]
    let ours: [JSONValue]
    let theirs: [JSONValue]
    let path: ChangePath

    func merged(_ conflicts: inout [TreeConflict]) -> [JSONValue] {
        let b = Self.byID(base), o = Self.byID(ours), t = Self.byID(theirs)
        var result: [String: JSONValue] = [:]
        var allIDs = ours.compactMap(\.itemID) + theirs.compactMap(\.itemID) + base.compactMap(\.itemID)
        var seen = Set<String>()
        allIDs = allIDs.filter { seen.insert($0).inserted }
        for id in allIDs {
            if let value = TreeMerge.merge(b[id], o[id], t[id], path.appending(id), &conflicts) { result[id] = value }
        }
        return order(kept: result, ours: o, theirs: t).compactMap { result[$0] }
    }

    /// The order of the kept ids. The items both sides still have form the spine, in the order
    /// of the side that reordered them (or a fixed choice when both did, differently); every
    /// other item follows the item it followed on its own side, and runs of items added at one
    /// place by the two sides come in the order of their first ids.
    private func order(kept: [String: JSONValue], ours o: [String: JSONValue], theirs t: [String: JSONValue]) -> [String] {
        let baseIDs = Set(base.compactMap(\.itemID))
        let oursOrder = ours.compactMap(\.itemID).filter { kept[$0] != nil && t[$0] != nil }
        let theirsOrder = theirs.compactMap(\.itemID).filter { kept[$0] != nil && o[$0] != nil }
        let baseOrder = base.compactMap(\.itemID).filter { kept[$0] != nil && o[$0] != nil && t[$0] != nil }
        let oursMoved = oursOrder.filter(baseIDs.contains) != baseOrder
        let theirsMoved = theirsOrder.filter(baseIDs.contains) != baseOrder
        let spine: [String]
        if oursMoved && !theirsMoved {
            spine = oursOrder
        } else if theirsMoved && !oursMoved {
            spine = theirsOrder
        } else {
            spine = oursOrder.lexicographicallyPrecedes(theirsOrder) ? oursOrder : theirsOrder
        }
        let spineSet = Set(spine)
        // Runs of items only one side has, by the spine item they follow ("" = the start).
        var runs: [String: [[String]]] = [:]
        for side in [ours, theirs] {
            var anchor = ""
            var run: [String] = []
            for id in side.compactMap(\.itemID) {
                if spineSet.contains(id) {
                    if !run.isEmpty { runs[anchor, default: []].append(run) }
                    anchor = id
                    run = []
                } else if kept[id] != nil {
                    run.append(id)
                }
            }
            if !run.isEmpty { runs[anchor, default: []].append(run) }
        }
        var out: [String] = []
        var placed = Set<String>()
        func place(after anchor: String) {
            for run in (runs[anchor] ?? []).sorted(by: { $0.lexicographicallyPrecedes($1) }) {
                for id in run where placed.insert(id).inserted { out.append(id) }
            }
        }
        place(after: "")
        for id in spine {
            if placed.insert(id).inserted { out.append(id) }
            place(after: id)
        }
        // Anything not placed yet (kept from the base alone): at the end, in base order.
        for id in base.compactMap(\.itemID) where kept[id] != nil && placed.insert(id).inserted { out.append(id) }
        return out
    }

    static func byID(_ list: [JSONValue]) -> [String: JSONValue] {
        var out: [String: JSONValue] = [:]
        for item in list { if let id = item.itemID, out[id] == nil { out[id] = item } }
        return out
    }
}
