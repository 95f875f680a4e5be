/// Settling the conflicts a merge recorded: one side's value taken, or the field changed by
/// hand — either way the record goes, and the change is an ordinary one (saved, in the history).
extension Agreement {
    /// The unsettled conflict recorded on a field, if any.
    public func conflict(on field: FieldRef) -> FieldConflict? {
        guard !conflicts.isEmpty, let path = field.path(in: self) else { return nil }
        return conflicts.first { $0.path == path }
    }

    /// The value a side of a conflict stands for: `b` of an amendment candidate is the value
    /// before the change (taking it back).
    public static func value(of conflict: FieldConflict, side: AgreementMerge.Side) -> JSONValue? {
        switch side {
        case .a: conflict.a
        case .b: conflict.kind == .amendmentCandidate ? conflict.base : conflict.b
        }
    }

    /// Settles a conflict with one side's value: the value put at its path (an item removed when
    /// that side removed it), the record removed. Returns false, changing nothing, when the
    /// conflict is not here or the value cannot be put back into a valid agreement.
    @discardableResult
    public mutating func settle(_ id: ItemID, taking side: AgreementMerge.Side) -> Bool {
        guard let index = conflicts.firstIndex(where: { $0.id == id }) else { return false }
        let conflict = conflicts[index]
        var settled = self
        settled.conflicts.remove(at: index)
        if side == .b {
            let value = Self.value(of: conflict, side: .b)
            guard let tree = try? JSONValue.of(settled), let changed = conflict.path.setting(value, in: tree),
                  var decoded = try? changed.decode(Agreement.self) else { return false }
            decoded.personalGoals = settled.personalGoals
            settled = decoded
        }
        self = settled
        return true
    }

    /// Removes the records of conflicts whose value differs from what it was in `earlier`: a
    /// change of the field (an edit, a value restored) settles its conflict.
    public mutating func dropConflictsSettled(since earlier: Agreement) {
        guard !conflicts.isEmpty, let before = try? JSONValue.of(earlier), let after = try? JSONValue.of(self) else { return }
        conflicts.removeAll { $0.path.value(in: before) != $0.path.value(in: after) }
    }
}
