#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The real file system, through POSIX calls so that every step is explicit.
public struct LiveFileSystem: FileSystem {
    public init() {}

    public func read(_ path: String, limit: Int) throws(FileSystemError) -> Data {
        var data = Data()
        try read(path, limit: limit, sized: { data.reserveCapacity($0) }, inPieces: { data.append(contentsOf: $0) })
        return data
    }

    public func read(_ path: String, limit: Int, inPieces piece: (UnsafeRawBufferPointer) -> Void) throws(FileSystemError) {
        try read(path, limit: limit, sized: { _ in }, inPieces: piece)
    }

    /// The checks and the reading both `read`s share: `sized` is told the size of the file opened.
    private func read(_ path: String, limit: Int, sized: (Int) -> Void,
                      inPieces piece: (UnsafeRawBufferPointer) -> Void) throws(FileSystemError) {
        // stat first: a FIFO, device or socket is never opened (opening a FIFO blocks, a device may act).
        let before = try info(path, followingLinks: true)
        guard before.kind == .regular else { throw FileSystemError(path: path, reason: .notRegularFile(before.kind)) }
        guard before.size <= limit else { throw FileSystemError(path: path, reason: .tooLarge(limit: limit)) }
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { throw FileSystemError.current(path) }
        defer { close(fd) }
        // And again on what was opened: the name may have been swapped in between.
        var opened = stat()
        guard fstat(fd, &opened) == 0 else { throw FileSystemError.current(path) }
        let kind = FileKind(mode: opened.st_mode)
        guard kind == .regular else { throw FileSystemError(path: path, reason: .notRegularFile(kind)) }
        let size = max(0, Int(opened.st_size))
        sized(min(limit, size))
        var total = 0
        var tooLarge = false
        let read = DescriptorReader.read(fd, expecting: size) { bytes in
            // A file that grows while it is read is still held to the limit.
            guard total + bytes.count <= limit else {
                tooLarge = true
                return false
            }
            total += bytes.count
            piece(bytes)
            return true
        }
        guard read else { throw FileSystemError.current(path) }
        if tooLarge { throw FileSystemError(path: path, reason: .tooLarge(limit: limit)) }
    }

    @discardableResult
    public func write(_ data: Data, to path: String, options: WriteOptions) throws(FileSystemError) -> String {
        try AtomicWriter.write(data, to: path, options: options)
    }

    public func writeStamped(_ data: Data, to path: String, options: WriteOptions) throws(FileSystemError) -> FileStamp? {
        try AtomicWriter.writeStamped(data, to: path, options: options).stamp
    }

    public func list(_ directory: String) throws(FileSystemError) -> [String] {
        var names: [String] = []
        try forEachName(in: directory) { names.append($0) }
        return names
    }

    public func forEachName(in directory: String, _ body: (String) -> Void) throws(FileSystemError) {
        guard let dir = opendir(directory) else { throw FileSystemError.current(directory) }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { body(name) }
        }
    }

    /// Opens the folder and reads its first entry: what fails for a folder that cannot be listed.
    public func verifyListable(_ directory: String) throws(FileSystemError) {
        guard let dir = opendir(directory) else { throw FileSystemError.current(directory) }
        defer { closedir(dir) }
        errno = 0
        if readdir(dir) == nil, errno != 0 { throw FileSystemError.current(directory) }
    }

    public func info(_ path: String, followingLinks: Bool) throws(FileSystemError) -> FileInfo {
        var s = stat()
        let result = followingLinks ? stat(path, &s) : lstat(path, &s)
        guard result == 0 else { throw FileSystemError.current(path) }
        return FileInfo(s)
    }

    public func createDirectory(_ path: String, permissions: UInt32) throws(FileSystemError) {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/\(part)"
            if mkdir(current, mode_t(permissions)) != 0 && errno != EEXIST { throw FileSystemError.current(current) }
        }
        // mkdir succeeds quietly on EEXIST: make sure a folder is what is there now.
        let made = try info(path, followingLinks: true)
        guard made.kind == .directory else { throw FileSystemError(path: path, reason: .notADirectory) }
    }

    public func remove(_ path: String) throws(FileSystemError) {
        if unlink(path) != 0 && errno != ENOENT { throw FileSystemError.current(path) }
    }

    public func setPermissions(_ path: String, _ permissions: UInt32) throws(FileSystemError) {
        if chmod(path, mode_t(permissions)) != 0 { throw FileSystemError.current(path) }
    }
}
