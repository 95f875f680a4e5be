/// How the writer puts data at a path. Every write is a temporary file created exclusively
/// (O_EXCL|O_NOFOLLOW, an unpredictable name) in the target's folder, written, fsynced and then
/// moved into place, and the folder fsynced; the options say what may happen to what is already
/// there, and whether the data must be on the disk before the write returns (a cache need not).
public struct WriteOptions: Equatable, Sendable {
    /// What to do with an existing file at the path.
    public enum Existing: Equatable, Sendable {
        /// Replace it (rename over it).
        case replace
        /// Never touch it: fail with `.exists` (the name is claimed with link(), no check-then-rename race).
        case keep
    }

    /// The permission bits of what is written.
    public enum Permissions: Equatable, Sendable {
        /// Exactly these bits (0600 for anything holding section 4).
        case exactly(UInt32)
        /// The bits of the file being replaced, or these for a new file.
        case keepExisting(orNew: UInt32)
    }

    public var existing: Existing
    public var permissions: Permissions
    /// A symbolic link at the path is followed to its file, which is replaced in its own folder
    /// (an agreement kept in a git checkout elsewhere). Without it the link itself is replaced
    /// and its target never written.
    public var followsSymlink: Bool
    /// A device, FIFO or socket at the path is written to directly (never replaced); without it
    /// such a target is refused.
    public var writesSpecialFiles: Bool
    /// A file without write permission (0444) is replaced anyway; without it the write is
    /// refused with `.readOnlyFile`.
    public var overridesReadOnly: Bool
    /// The file and its folder are fsynced before the write returns. Without it the write is
    /// still all or nothing for every reader (the rename), but a power cut may take it back or
    /// leave the file empty: only for what is rebuilt from other files when it is found wrong.
    public var durable: Bool

    public init(existing: Existing = .replace, permissions: Permissions = .keepExisting(orNew: 0o644),
                followsSymlink: Bool = false, writesSpecialFiles: Bool = false, overridesReadOnly: Bool = false,
                durable: Bool = true) {
        self.existing = existing
        self.permissions = permissions
        self.followsSymlink = followsSymlink
        self.writesSpecialFiles = writesSpecialFiles
        self.overridesReadOnly = overridesReadOnly
        self.durable = durable
    }

    /// An agreement's public file: keeps its mode, follows a symlink to the real file, refuses 0444.
    public static let agreementFile = WriteOptions(permissions: .keepExisting(orNew: 0o644), followsSymlink: true)
    /// An agreement's private file (section 4): always 0600, follows a symlink, refuses 0444.
    public static let privateFile = WriteOptions(permissions: .exactly(0o600), followsSymlink: true)
    /// The store's own hidden files (index, journal, drafts, locks): the link itself is replaced.
    public static func internalFile(permissions: UInt32) -> WriteOptions {
        WriteOptions(permissions: .exactly(permissions), followsSymlink: false, overridesReadOnly: true)
    }
    /// A cache of the store's (its index and the index's delta): written as an internal file, but
    /// not waited for on the disk. Every entry is checked against its file's stamp before use,
    /// and an index that cannot be read is rebuilt from the files.
    public static func cacheFile(permissions: UInt32) -> WriteOptions {
        WriteOptions(permissions: .exactly(permissions), followsSymlink: false, overridesReadOnly: true, durable: false)
    }
    /// A new file the user asked for (minutes, copies, exports from the app): never over anything.
    public static func newFile(permissions: UInt32) -> WriteOptions {
        WriteOptions(existing: .keep, permissions: .exactly(permissions))
    }
    /// A file the user named and asked to overwrite (`export --output F --force`): a link is
    /// followed, a device or FIFO written to directly, a read-only file refused.
    public static func userFile(permissions: UInt32) -> WriteOptions {
        WriteOptions(permissions: .exactly(permissions), followsSymlink: true, writesSpecialFiles: true)
    }
}
