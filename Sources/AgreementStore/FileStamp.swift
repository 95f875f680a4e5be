/// What identifies one version of a file on disk without reading it: size, change time, inode.
public struct FileStamp: Equatable, Hashable, Sendable, Codable {
    public var size: Int64
    public var modifiedNanoseconds: Int64
    public var inode: UInt64

    public init(size: Int64, modifiedNanoseconds: Int64, inode: UInt64) {
        self.size = size
        self.modifiedNanoseconds = modifiedNanoseconds
        self.inode = inode
    }
}
