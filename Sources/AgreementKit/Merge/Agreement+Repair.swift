extension Agreement {
    /// What a merge of two valid agreements can leave that one agreement may not hold: an item
    /// in two places (it moved on one side; the first place is kept), and a log entry about a
    /// measure the other side deleted (the entry keeps its text and loses the link, as deleting
    /// a measure does).
    mutating func repairAfterMerge() {
        var seen = Set<ItemID>()
        checklist = checklist.filter { seen.insert($0.id).inserted }
        goalAreas = goalAreas.filter { seen.insert($0.id).inserted }
        for a in goalAreas.indices {
            goalAreas[a].rows = goalAreas[a].rows.filter { seen.insert($0.id).inserted }
            for r in goalAreas[a].rows.indices {
                goalAreas[a].rows[r].measures = goalAreas[a].rows[r].measures.filter { seen.insert($0.id).inserted }
                goalAreas[a].rows[r].support = goalAreas[a].rows[r].support.filter { seen.insert($0.id).inserted }
                goalAreas[a].rows[r].log = goalAreas[a].rows[r].log.filter { seen.insert($0.id).inserted }
                let measures = Set(goalAreas[a].rows[r].measures.map(\.id))
                for l in goalAreas[a].rows[r].log.indices {
                    if let link = goalAreas[a].rows[r].log[l].measureID, !measures.contains(link) {
                        goalAreas[a].rows[r].log[l].measureID = nil
                    }
                }
            }
        }
    }
}
