import AgreementStore
import Foundation

/// Writes an export to a file through the store's one writer (`AtomicWriter`): never over an
/// existing file unless asked, never half-written, never through a planted symlink, never
/// replacing a device or FIFO, and with an exact mode: 0600 for anything holding section 4.
public enum ExportFileWriter {
    /// The absolute, normalised form of a path given on the command line.
    public static func absolutePath(_ path: String, currentDirectory: String = FileManager.default.currentDirectoryPath) -> String {
        OutputPaths.absolute(path, currentDirectory: currentDirectory)
    }

    /// Writes `data` to the absolute `path` with `mode`. Throws `.fileExists` when the path is
    /// taken (by a file, folder or link) and `overwrite` is false. With `overwrite`, a symlink
    /// the user named is followed, a device or FIFO is written to directly, a read-only file is refused.
    public static func write(_ data: Data, to path: String, mode: UInt32, overwrite: Bool) throws(ExportError) {
        do {
            try AtomicWriter.write(data, to: path, options: overwrite ? .userFile(permissions: mode) : .newFile(permissions: mode))
        } catch {
            if error.reason == .exists && !overwrite { throw ExportError.fileExists(path) }
            throw ExportError.writeFailed(path: path, error)
        }
    }
}
