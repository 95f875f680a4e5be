import Foundation

/// The file operations the store needs; `LiveFileSystem` does them, tests inject failures.
public protocol FileSystem: Sendable {
    /// The bytes of a regular file of at most `limit` bytes. Anything else — a folder, device,
    /// FIFO or socket — is refused without reading (and without ever blocking), a larger file
    /// with `.tooLarge`.
    func read(_ path: String, limit: Int) throws(FileSystemError) -> Data
    /// Reads as `read` does, but hands the bytes to `piece` as they come, in order (each piece is
    /// valid only during the call), instead of gathering them: a reader that makes its values as
    /// it goes (the index) never holds the whole file. The default hands over `read`'s bytes at once.
    func read(_ path: String, limit: Int, inPieces piece: (UnsafeRawBufferPointer) -> Void) throws(FileSystemError)
    /// Writes through the one atomic writer (see `AtomicWriter`); returns the path written.
    @discardableResult
    func write(_ data: Data, to path: String, options: WriteOptions) throws(FileSystemError) -> String
    /// Writes as `write` does and returns the stamp of the file written, exact even if another
    /// writer replaces it right after (nil when not known). The default stamps the path afterwards.
    func writeStamped(_ data: Data, to path: String, options: WriteOptions) throws(FileSystemError) -> FileStamp?
    /// Names (not paths) of the entries of a folder.
    func list(_ directory: String) throws(FileSystemError) -> [String]
    /// Hands the names of a folder's entries to `body` one by one as the folder is read, none kept
    /// (the listing of a store of 2,000 agreements reads 4,000). The default lists the folder first.
    func forEachName(in directory: String, _ body: (String) -> Void) throws(FileSystemError)
    /// Throws what `list` would throw for the folder, without reading all its names (a store of
    /// 2,000 agreements has 4,000). The default lists it.
    func verifyListable(_ directory: String) throws(FileSystemError)
    /// What is at `path`: with `followingLinks` the file a symlink points to, else the link itself.
    func info(_ path: String, followingLinks: Bool) throws(FileSystemError) -> FileInfo
    /// Creates a folder and its missing parents with mode `permissions`.
    func createDirectory(_ path: String, permissions: UInt32) throws(FileSystemError)
    func remove(_ path: String) throws(FileSystemError)
    /// Sets the permission bits of a file.
    func setPermissions(_ path: String, _ permissions: UInt32) throws(FileSystemError)
}

/// How large a file the store reads.
public enum ReadLimit {
    /// An agreement, its private file, a draft, a journal, a lock or the config: 16 MB. The
    /// largest realistic agreement is well under 1 MB; the limit keeps a hostile file (a link to
    /// /dev/zero, a 2 GB file) from exhausting memory.
    public static let standard = 16 * 1024 * 1024
    /// The store's index: one summary per agreement (about 750 bytes each), so 64 MB.
    public static let index = 64 * 1024 * 1024
    /// A journal holds both files of an agreement.
    public static let journal = 2 * standard + 1024 * 1024
}

extension FileSystem {
    public func verifyListable(_ directory: String) throws(FileSystemError) {
        _ = try list(directory)
    }

    public func forEachName(in directory: String, _ body: (String) -> Void) throws(FileSystemError) {
        for name in try list(directory) { body(name) }
    }

    public func read(_ path: String, limit: Int, inPieces piece: (UnsafeRawBufferPointer) -> Void) throws(FileSystemError) {
        let data = try read(path, limit: limit)
        data.withUnsafeBytes { piece($0) }
    }

    public func writeStamped(_ data: Data, to path: String, options: WriteOptions) throws(FileSystemError) -> FileStamp? {
        stamp(try write(data, to: path, options: options))
    }

    /// A regular file of at most `ReadLimit.standard` bytes.
    public func read(_ path: String) throws(FileSystemError) -> Data {
        try read(path, limit: ReadLimit.standard)
    }

    /// Replaces `path` atomically with mode `mode` (the store's hidden files and tools).
    public func writeAtomically(_ data: Data, to path: String, mode: UInt32) throws(FileSystemError) {
        try write(data, to: path, options: .internalFile(permissions: mode))
    }

    /// The stamp of the file at `path` (links followed), or nil if there is none.
    public func stamp(_ path: String) -> FileStamp? {
        (try? info(path, followingLinks: true))?.stamp
    }

    /// The permission bits of the file at `path` (links followed), or nil if there is none.
    public func mode(_ path: String) -> UInt32? {
        (try? info(path, followingLinks: true))?.permissions
    }

    public func exists(_ path: String) -> Bool { stamp(path) != nil }

    public func createDirectory(_ path: String) throws(FileSystemError) {
        try createDirectory(path, permissions: 0o755)
    }
}

extension ReadLimit {
    /// A history file: a busy year is some thousand entries of a few hundred bytes.
    public static let history = 64 * 1024 * 1024
}
