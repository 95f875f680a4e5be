import AgreementKit
import Foundation

/// The whole agreement in one document, section 4 and the leader assessment included: the full
/// copy written when saving elsewhere and by `export --format json` without `--public`. Always mode 0600.
struct FullCopyFile: Codable {
    var version: Int
    var agreement: Agreement
    var personalGoals: [PersonalGoal]
    var leaderAssessment: [CriterionAssessment]
}

extension AgreementStore {
    /// The bytes of the full copy: the whole agreement, section 4 included, in the store's style.
    public func fullCopyData(_ agreement: Agreement) throws(StoreError) -> Data {
        do {
            return try StoreCoding.encode(FullCopyFile(version: migration.currentVersion, agreement: agreement, personalGoals: agreement.personalGoals,
                                                                  leaderAssessment: agreement.leaderAssessment))
        } catch {
            throw StoreError(file: path(of: agreement.id), problem: .encodingFailed(detail: "\(error)"))
        }
    }

    /// Writes the whole agreement (section 4 included) to a new file at `path` with mode 0600,
    /// never over an existing one, and returns its absolute path. An error names `path`.
    @discardableResult
    public func writeFullCopy(_ agreement: Agreement, to path: String) throws(StoreError) -> String {
        try writeNewFile(try fullCopyData(agreement), to: path, permissions: 0o600)
    }

    /// Writes a file the user asked for from the app (minutes, copies, exports) through the
    /// writer: a new file only, never over anything (the name is claimed with link(), no race),
    /// with exactly `permissions`. Returns the absolute path; `.writeFailed` with reason
    /// `.exists` when the name is taken (offer `OutputPaths.nextFree`).
    @discardableResult
    public func writeNewFile(_ data: Data, to path: String, permissions: UInt32) throws(StoreError) -> String {
        let absolute = OutputPaths.absolute(path)
        do {
            try fileSystem.write(data, to: absolute, options: .newFile(permissions: permissions))
            return absolute
        } catch {
            throw StoreError(file: absolute, problem: .writeFailed(FileSystemError(path: absolute, code: error.code, reason: error.reason)))
        }
    }
}
