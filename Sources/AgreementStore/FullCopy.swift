import AgreementKit
import Foundation

/// The whole agreement in one document, section 4 included: the full copy written when
/// saving elsewhere and by `export --format json` without `--public`. Always mode 0600.
struct FullCopyFile: Codable {
    var version: Int
    var agreement: Agreement
    var personalGoals: [PersonalGoal]
}

extension AgreementStore {
    /// The bytes of the full copy: the whole agreement, section 4 included, in the store's style.
    public func fullCopyData(_ agreement: Agreement) throws(StoreError) -> Data {
        do {
            return try StoreCoding.encode(FullCopyFile(version: migration.currentVersion, agreement: agreement, personalGoals: agreement.personalGoals))
        } catch {
            throw StoreError(file: path(of: agreement.id), message: "kunne ikke kode avtalen: \(error)")
        }
    }

    /// Writes the whole agreement (section 4 included) to `path`, atomically and with mode 0600.
    public func writeFullCopy(_ agreement: Agreement, to path: String) throws(StoreError) {
        let data = try fullCopyData(agreement)
        do {
            try fileSystem.writeAtomically(data, to: path, mode: 0o600)
        } catch {
            throw StoreError(file: error.path, message: "kunne ikke skrive: \(error.message)")
        }
    }
}
