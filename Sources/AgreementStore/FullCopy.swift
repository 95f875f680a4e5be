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
    /// Writes the whole agreement (section 4 included) to `path`, atomically and with mode 0600.
    public func writeFullCopy(_ agreement: Agreement, to path: String) throws(StoreError) {
        let data: Data
        do {
            data = try StoreCoding.encode(FullCopyFile(version: migration.currentVersion, agreement: agreement, personalGoals: agreement.personalGoals))
        } catch {
            throw StoreError(file: path, message: "kunne ikke kode avtalen: \(error)")
        }
        do {
            try fileSystem.writeAtomically(data, to: path, mode: 0o600)
        } catch {
            throw StoreError(file: error.path, message: "kunne ikke skrive: \(error.message)")
        }
    }
}
