import AgreementStore
import Catalogue

/// Why an export could not be made or written.
public enum ExportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The target file exists and overwriting was not asked for.
    case fileExists(String)
    /// Writing the file failed: the path and the reason.
    case writeFailed(path: String, FileSystemError)
    /// The agreement could not be encoded.
    case encodingFailed(String)
    /// The store could not encode the agreement in its own format (a JSON export).
    case storeFailed(StoreError)

    /// The error in the catalogue's language.
    public func message(_ words: any ExportWording & StoreWording) -> String {
        switch self {
        case .fileExists(let path): words.exportFileExists(path)
        case .writeFailed(let path, let error): words.exportWriteFailed(path: path, reason: words.fileSystemProblem(error))
        case .encodingFailed(let reason): words.exportEncodingFailed(reason)
        case .storeFailed(let error): words.storeError(error)
        }
    }

    /// The error in the default language, for callers that print errors as they come.
    public var description: String { message(Language.nb.words) }
}
