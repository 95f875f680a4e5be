#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AgreementStore
import Foundation

/// Writes an export to a file: never over an existing file unless asked, never half-written
/// (a temporary file beside it, fsync, then a hard link that fails if the name is taken, or a
/// rename when overwriting), and with an exact mode: 0600 for anything holding section 4.
public enum ExportFileWriter {
    /// The absolute, normalised form of a path given on the command line.
    public static func absolutePath(_ path: String, currentDirectory: String = FileManager.default.currentDirectoryPath) -> String {
        let base = URL(fileURLWithPath: currentDirectory, isDirectory: true)
        return URL(fileURLWithPath: path, relativeTo: base).standardizedFileURL.path
    }

    /// Writes `data` to the absolute `path` with `mode`. Throws `.fileExists` when the path is
    /// taken (by a file, folder or link) and `overwrite` is false.
    public static func write(_ data: Data, to path: String, mode: UInt32, overwrite: Bool) throws(ExportError) {
        if overwrite {
            do { try LiveFileSystem().writeAtomically(data, to: path, mode: mode) } catch {
                throw ExportError.writeFailed(path: path, reason: error.message)
            }
            return
        }
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = "\(directory.isEmpty ? "." : directory)/.\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try writeNew(data, to: temporary, mode: mode, naming: path)
        defer { unlink(temporary) }
        if link(temporary, path) == 0 {
            syncDirectory(directory)
            return
        }
        let code = errno
        if code == EEXIST { throw ExportError.fileExists(path) }
        // File systems without hard links: create the name exclusively and write in place.
        if code == EPERM || code == EOPNOTSUPP || code == EMLINK || code == ENOSYS {
            try writeNew(data, to: path, mode: mode, naming: path)
            syncDirectory(directory)
            return
        }
        throw failure(path, code)
    }

    /// Creates `path` exclusively (O_EXCL: an existing name fails) and writes all of `data`;
    /// errors name `target`, the file the user asked for.
    private static func writeNew(_ data: Data, to path: String, mode: UInt32, naming target: String) throws(ExportError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode_t(mode))
        guard fd >= 0 else {
            let code = errno
            throw code == EEXIST ? ExportError.fileExists(target) : failure(target, code)
        }
        var failed: Int32 = 0
        if fchmod(fd, mode_t(mode)) != 0 { failed = errno }
        if failed == 0 {
            failed = data.withUnsafeBytes { raw -> Int32 in
                guard let base = raw.baseAddress else { return 0 }
                var offset = 0
                while offset < raw.count {
                    let n = Glibc.write(fd, base + offset, raw.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        return errno
                    }
                    offset += n
                }
                return 0
            }
        }
        if failed == 0, fsync(fd) != 0 { failed = errno }
        if close(fd) != 0, failed == 0 { failed = errno }
        if failed != 0 {
            unlink(path)
            throw failure(target, failed)
        }
    }

    private static func syncDirectory(_ directory: String) {
        let fd = open(directory.isEmpty ? "." : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }

    private static func failure(_ path: String, _ code: Int32) -> ExportError {
        .writeFailed(path: path, reason: FileSystemError.explain(code, system: String(cString: strerror(code))))
    }
}
