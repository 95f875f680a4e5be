/// Why an export could not be made or written.
public enum ExportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The target file exists and overwriting was not asked for.
    case fileExists(String)
    /// Writing the file failed: the path and the reason.
    case writeFailed(path: String, reason: String)
    /// The agreement could not be encoded.
    case encodingFailed(String)

    public var description: String {
        switch self {
        case .fileExists(let path): "\(path) finnes allerede; velg et annet navn eller bruk --force for å overskrive"
        case .writeFailed(let path, let reason): "\(path): kunne ikke skrive: \(reason)"
        case .encodingFailed(let reason): "kunne ikke lage eksporten: \(reason)"
        }
    }
}
