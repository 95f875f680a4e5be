#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a directory entry is.
public enum FileKind: Equatable, Sendable {
    case regular
    case directory
    case symbolicLink
    case characterDevice
    case blockDevice
    case fifo
    case socket
    case unknown

    init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFLNK: self = .symbolicLink
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        case S_IFIFO: self = .fifo
        case S_IFSOCK: self = .socket
        default: self = .unknown
        }
    }
}

/// What `stat` says about a path: kind, size, permission bits, change time and inode.
public struct FileInfo: Equatable, Sendable {
    public var kind: FileKind
    public var size: Int64
    /// The permission bits (mode & 0o7777).
    public var permissions: UInt32
    public var modifiedNanoseconds: Int64
    public var inode: UInt64
    /// The owner's user id.
    public var owner: UInt32

    public init(kind: FileKind, size: Int64, permissions: UInt32, modifiedNanoseconds: Int64, inode: UInt64, owner: UInt32 = 0) {
        self.kind = kind
        self.size = size
        self.permissions = permissions
        self.modifiedNanoseconds = modifiedNanoseconds
        self.inode = inode
        self.owner = owner
    }

    init(_ s: stat) {
        self.init(kind: FileKind(mode: s.st_mode), size: Int64(s.st_size), permissions: UInt32(s.st_mode) & 0o7777,
                  modifiedNanoseconds: Int64(s.st_mtim.tv_sec) * 1_000_000_000 + Int64(s.st_mtim.tv_nsec),
                  inode: UInt64(s.st_ino), owner: UInt32(s.st_uid))
    }

    /// The stamp that identifies this version of the file.
    public var stamp: FileStamp { FileStamp(size: size, modifiedNanoseconds: modifiedNanoseconds, inode: inode) }
}
