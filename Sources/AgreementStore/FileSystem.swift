import Foundation

/// The file operations the store needs; `LiveFileSystem` does them, tests inject failures.
public protocol FileSystem: Sendable {
    func read(_ path: String) throws(FileSystemError) -> Data
    /// Replaces `path` with `data` so that a reader sees the old or the new content, never a mix:
    /// temporary file in the same folder, fsync, rename, fsync of the folder.
    func writeAtomically(_ data: Data, to path: String, mode: UInt32) throws(FileSystemError)
    /// Names (not paths) of the entries of a folder.
    func list(_ directory: String) throws(FileSystemError) -> [String]
    func stamp(_ path: String) -> FileStamp?
    func createDirectory(_ path: String) throws(FileSystemError)
    func remove(_ path: String) throws(FileSystemError)
    /// The permission bits of a file, or nil if it does not exist.
    func mode(_ path: String) -> UInt32?
}

extension FileSystem {
    public func exists(_ path: String) -> Bool { stamp(path) != nil }
}
