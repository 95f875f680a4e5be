import AgreementKit
import AgreementStore
import AgreementUI

/// A history to measure the history view on: the field `E` opens on the sample's main screen,
/// changed `edits` times and at last given its own text back, so the agreement ends as it began.
enum SampleHistory {
    static let edits = 12
    static let stamp = ChangeStamp(person: "lederavtale-bench", party: .leader, time: "2011-09-15T10:00:00Z")

    /// The field `E` opens on `state`'s main screen and the records of its changes, oldest first.
    static func records(opening state: inout AppState) throws -> (FieldRef, [ChangeRecord]) {
        let (field, versions) = try versions(opening: &state)
        var records: [ChangeRecord] = []
        var serial = 0
        for (old, new) in zip(versions, versions.dropFirst()) {
            records += ChangeRecord.records(from: old, to: new, stamp: stamp, newID: {
                serial += 1
                return ItemID("endring-\(serial)")
            }).public
        }
        return (field, records)
    }

    /// Saves the same changes to the sample store's agreement, each as the app saves it (with its
    /// history records), for the view to read through the real binary.
    static func write(_ id: String, in store: AgreementStore) throws {
        let agreement = try store.load(id)
        var state = AppState(agreement: agreement, size: CostScript.size, today: CostScript.today, seed: 1)
        let (_, versions) = try versions(opening: &state)
        for (old, new) in zip(versions, versions.dropFirst()) {
            _ = try store.save(new, expecting: store.stamp(of: id), previous: old)
        }
    }

    /// The agreement before and after each change of the field `E` opens.
    private static func versions(opening state: inout AppState) throws -> (FieldRef, [Agreement]) {
        guard let agreement = state.agreement,
              case .loadHistory(_, let field)? = state.update(.key(.character("E"))).first else {
            throw BenchFailure("E on the main screen did not ask for a field's history")
        }
        let original = agreement.value(of: field) ?? ""
        var versions = [agreement]
        for edit in 1...edits {
            var next = versions[versions.count - 1]
            if let error = next.set(field, to: edit == edits ? original : "\(original) · endring \(edit)") {
                throw BenchFailure("the field \(field) could not be changed: \(error)")
            }
            versions.append(next)
        }
        return (field, versions)
    }
}
