import AgreementKit
import AgreementStore
import Foundation

/// The agreement as JSON in the store's own format: the full copy (section 4 included, the
/// shape `AgreementStore.writeFullCopy` writes) or the public agreement file without section 4.
enum JSONExport {
    /// The full copy, encoded by the store itself.
    static func full(_ agreement: Agreement) throws(ExportError) -> Data {
        do {
            return try AgreementStore(root: ".").fullCopyData(agreement)
        } catch {
            throw ExportError.storeFailed(error)
        }
    }

    /// The content of the agreement's public file for its public copy: no section 4 at all.
    static func publicFile(_ agreement: Agreement) throws(ExportError) -> Data {
        do {
            return try AgreementStore(root: ".").encode(agreement.publicCopy).public
        } catch {
            throw ExportError.storeFailed(error)
        }
    }
}
