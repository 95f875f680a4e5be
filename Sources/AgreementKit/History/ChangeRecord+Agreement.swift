extension ChangeRecord {
    /// The history entries of one save: the public changes and, apart, those of section 4.
    /// A change that came with a new amendment carries its reason and id, and the amendment is
    /// not listed again on its own: an amendment is a history entry with a reason.
    public static func records(from old: Agreement, to new: Agreement, stamp: ChangeStamp,
                               newID: () -> ItemID) -> (public: [ChangeRecord], private: [ChangeRecord]) {
        let publicChanges = AgreementDiff.changes(from: old, to: new)
        let privateChanges = AgreementDiff.privateChanges(from: old, to: new)
        guard !publicChanges.isEmpty || !privateChanges.isEmpty else { return ([], []) }
        let known = Set(old.amendments.map(\.id))
        let added = new.amendments.filter { !known.contains($0.id) }
        let publicRecords = attach(added.filter { !$0.confidential }, to: publicChanges, stamp: stamp, newID: newID,
                                   recordOf: { ChangePath(["amendments", $0.id.rawValue]) })
        // Section 4's amendments: the public file lists them without a reason; the reason, and
        // the change it explains, are in the private history.
        let privateRecords = attach(added.filter(\.confidential), to: privateChanges, stamp: stamp, newID: newID,
                                    recordOf: { ChangePath(["amendmentReasons", $0.id.rawValue]) })
        return (publicRecords, privateRecords)
    }

    /// Records for changes, the amendments' reasons attached to the changes they explain.
    private static func attach(_ amendments: [Amendment], to changes: [TreeChange], stamp: ChangeStamp, newID: () -> ItemID,
                               recordOf: (Amendment) -> ChangePath) -> [ChangeRecord] {
        var records = changes.map { ChangeRecord(id: newID(), stamp: stamp, change: $0) }
        let amendmentPaths = Set(amendments.map(recordOf))
        var explained = Set<ChangePath>()
        for amendment in amendments {
            // The changes of the fields the amendment is about: those with its old or new value,
            // else every change of a blue field not yet explained.
            let candidates = records.indices.filter { i in
                records[i].amendmentID == nil && !amendmentPaths.contains(records[i].path) && !records[i].path.components.starts(with: ["amendments"])
                    && FieldKind(path: records[i].path)?.colour == .blue
            }
            let matching = candidates.filter { i in
                records[i].old?.displayText == amendment.oldValue || records[i].new?.displayText == amendment.newValue
            }
            let chosen = matching.isEmpty ? candidates : matching
            for i in chosen {
                records[i].reason = amendment.reason
                records[i].amendmentID = amendment.id
            }
            if !chosen.isEmpty { explained.insert(recordOf(amendment)) }
        }
        // A change with no amendment behind it keeps its own record, reason included.
        records.removeAll { explained.contains($0.path) && $0.kind == .added }
        for i in records.indices where records[i].kind == .added && amendmentPaths.contains(records[i].path) {
            if let amendment = amendments.first(where: { recordOf($0) == records[i].path }) {
                records[i].reason = amendment.reason
                records[i].amendmentID = amendment.id
            }
        }
        return records
    }
}
