#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension AtomicWriter {
    /// Moves a file or folder to a new name in the same file system with one rename, never over
    /// anything already there (`.exists`), and fsyncs both folders: an agreement's companion
    /// folder going to the archive or the trash is in one place or the other, never half.
    public static func move(_ from: String, to destination: String) throws(FileSystemError) {
        var info = stat()
        if lstat(destination, &info) == 0 { throw FileSystemError(path: destination, reason: .exists) }
        if rename(from, destination) != 0 { throw FileSystemError.current(from) }
        syncDirectory(split(from).directory)
        syncDirectory(split(destination).directory)
    }
}

extension FileSystem {
    /// Moves a file or folder (see `AtomicWriter.move`).
    public func move(_ from: String, to destination: String) throws(FileSystemError) {
        try AtomicWriter.move(from, to: destination)
    }
}
