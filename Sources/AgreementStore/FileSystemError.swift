#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed file operation: the path the user or the store asked for (never a temporary name),
/// what went wrong as a typed reason (the catalogue words it), and the system's own code and text.
public struct FileSystemError: Error, Equatable, Sendable {
    /// What went wrong, in terms a user can act on.
    public enum Reason: Equatable, Sendable {
        case diskFull
        case quotaExceeded
        case readOnlyFileSystem
        case permissionDenied
        case notFound
        /// The file has no write permission (e.g. mode 0444): a save would replace it, so it is refused.
        case readOnlyFile
        /// A write that must not replace anything found the name taken.
        case exists
        /// Not a regular file: a folder, device, FIFO or socket (never read, never replaced).
        case notRegularFile(FileKind)
        /// Larger than the limit (in bytes) for this kind of file.
        case tooLarge(limit: Int)
        /// A chain of symbolic links that never ends (ELOOP).
        case symlinkLoop
        /// A part of the path is not a folder.
        case notADirectory
        /// A FIFO or socket with nobody at the other end.
        case noReader
        /// Anything else: the system's text says what.
        case other
    }

    public var path: String
    /// errno, or 0 when the reason was found without a system call failing.
    public var code: Int32
    public var reason: Reason

    public init(path: String, code: Int32, reason: Reason? = nil) {
        self.path = path
        self.code = code
        self.reason = reason ?? Self.reason(for: code)
    }

    public init(path: String, reason: Reason) {
        self.init(path: path, code: 0, reason: reason)
    }

    /// The system's own text for the code (the C library's words), empty when there is no code.
    public var systemText: String {
        code == 0 ? "" : String(cString: strerror(code))
    }

    /// The reason a system error code stands for.
    public static func reason(for code: Int32) -> Reason {
        switch code {
        case ENOSPC: .diskFull
        case EDQUOT: .quotaExceeded
        case EROFS: .readOnlyFileSystem
        case EACCES, EPERM: .permissionDenied
        case ENOENT: .notFound
        case EEXIST: .exists
        case ELOOP: .symlinkLoop
        case ENOTDIR: .notADirectory
        case EISDIR: .notRegularFile(.directory)
        case ENXIO: .noReader
        default: .other
        }
    }

    /// The error for the current `errno`.
    static func current(_ path: String) -> FileSystemError {
        FileSystemError(path: path, code: errno)
    }
}
