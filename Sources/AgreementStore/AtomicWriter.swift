#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The one writer every file of lederavtale goes through: store saves, private files, journal,
/// drafts, locks, the index, full copies, minutes and exports.
///
/// A temporary file `.<name>.tmp-<random>` is created exclusively (O_CREAT|O_EXCL|O_NOFOLLOW|
/// O_CLOEXEC, so a planted symlink is never followed) in the target's folder with its final
/// permission bits, written, fsynced, then renamed over the target (or linked to it, which fails
/// if the name is taken), and the folder is fsynced. Errors name the path asked for, never the
/// temporary file.
public enum AtomicWriter {
    /// Writes `data` to `path` as `options` say and returns the path of the file written (the
    /// link's target when a symlink was followed).
    @discardableResult
    public static func write(_ data: Data, to path: String, options: WriteOptions) throws(FileSystemError) -> String {
        try writeStamped(data, to: path, options: options).path
    }

    /// Writes as `write` does and also returns the stamp of the file written, taken from the
    /// temporary file just before it takes the name: exact even when another writer replaces the
    /// file a moment later (the store's index relies on it). Nil for a device or FIFO written to.
    public static func writeStamped(_ data: Data, to path: String, options: WriteOptions) throws(FileSystemError) -> (path: String, stamp: FileStamp?) {
        let target = options.followsSymlink ? try resolveLinks(path) : path
        var permissions: UInt32
        switch options.permissions {
        case .exactly(let bits): permissions = bits
        case .keepExisting(let bits): permissions = bits
        }
        var info = stat()
        if lstat(target, &info) == 0 {
            let kind = FileKind(mode: info.st_mode)
            if options.existing == .keep { throw FileSystemError(path: path, reason: .exists) }
            switch kind {
            case .regular:
                if !options.overridesReadOnly && UInt32(info.st_mode) & 0o222 == 0 {
                    throw FileSystemError(path: path, reason: .readOnlyFile)
                }
                if case .keepExisting = options.permissions { permissions = UInt32(info.st_mode) & 0o7777 }
            case .symbolicLink:
                break  // not followed: rename replaces the link itself
            case .characterDevice, .blockDevice, .fifo, .socket:
                guard options.writesSpecialFiles else { throw FileSystemError(path: path, reason: .notRegularFile(kind)) }
                try writeDirectly(data, to: target, naming: path)
                return (target, nil)
            case .directory, .unknown:
                throw FileSystemError(path: path, reason: .notRegularFile(kind))
            }
        } else if errno != ENOENT {
            throw FileSystemError.current(path)
        }
        let (directory, name) = split(target)
        let temporary = try createTemporary(data, in: directory, for: name, permissions: permissions, durable: options.durable, naming: path)
        var written = stat()
        // The temporary name is ours alone; renaming or linking keeps inode, size and mtime.
        var stamp: FileStamp? = lstat(temporary, &written) == 0 ? FileInfo(written).stamp : nil
        switch options.existing {
        case .replace:
            if rename(temporary, target) != 0 {
                let error = FileSystemError.current(path)
                unlink(temporary)
                throw error
            }
        case .keep:
            defer { unlink(temporary) }
            if link(temporary, target) != 0 {
                let code = errno
                guard [EPERM, EOPNOTSUPP, ENOSYS, EMLINK, EXDEV].contains(code) else { throw FileSystemError(path: path, code: code) }
                // A file system without hard links: claim the name exclusively and write in place.
                try writeExclusively(data, to: target, permissions: permissions, durable: options.durable, naming: path)
                stamp = nil
            }
        }
        if options.durable { syncDirectory(directory) }
        return (target, stamp)
    }

    /// The path with every symbolic link along its last component followed (the folders are
    /// taken as given). A loop, or more than 40 links, is `.symlinkLoop`.
    static func resolveLinks(_ path: String) throws(FileSystemError) -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0 else {
                if errno == ENOENT { return current }
                throw FileSystemError.current(path)
            }
            guard FileKind(mode: info.st_mode) == .symbolicLink else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count >= 0 else { throw FileSystemError.current(path) }
            let link = String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link : split(current).directory + "/" + link
        }
        throw FileSystemError(path: path, code: ELOOP)
    }

    /// A new temporary file beside the target, holding `data`, fsynced (when `durable`) and closed; its path.
    private static func createTemporary(_ data: Data, in directory: String, for name: String, permissions: UInt32,
                                         durable: Bool, naming path: String) throws(FileSystemError) -> String {
        // A long name is shortened so the temporary name stays within NAME_MAX (255 bytes).
        let base = String(decoding: Array(name.utf8.prefix(200)), as: UTF8.self)
        for _ in 0..<100 {
            let temporary = "\(directory)/.\(base).tmp-\(randomSuffix())"
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode_t(permissions))
            if fd < 0 {
                if errno == EEXIST { continue }
                throw FileSystemError.current(path)
            }
            if let failure = fill(fd, with: data, permissions: permissions, durable: durable, naming: path) {
                unlink(temporary)
                throw failure
            }
            return temporary
        }
        throw FileSystemError(path: path, code: EEXIST)
    }

    /// Creates `target` exclusively and writes `data` into it (file systems without hard links).
    private static func writeExclusively(_ data: Data, to target: String, permissions: UInt32, durable: Bool,
                                         naming path: String) throws(FileSystemError) {
        let fd = open(target, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode_t(permissions))
        guard fd >= 0 else { throw FileSystemError.current(path) }
        if let failure = fill(fd, with: data, permissions: permissions, durable: durable, naming: path) {
            unlink(target)
            throw failure
        }
    }

    /// Writes into an existing device, FIFO or socket without replacing it. A FIFO nobody reads
    /// is refused at once (O_NONBLOCK) instead of hanging.
    private static func writeDirectly(_ data: Data, to target: String, naming path: String) throws(FileSystemError) {
        let fd = open(target, O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { throw FileSystemError.current(path) }
        defer { close(fd) }
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
        if let failure = writeAll(fd, data, naming: path) { throw failure }
    }

    /// fchmod, write, fsync (when `durable`), close; the error, or nil. Closes `fd` in every case.
    private static func fill(_ fd: Int32, with data: Data, permissions: UInt32, durable: Bool, naming path: String) -> FileSystemError? {
        var failure: FileSystemError?
        // The exact bits: open's mode is reduced by the umask.
        if fchmod(fd, mode_t(permissions)) != 0 { failure = FileSystemError.current(path) }
        if failure == nil { failure = writeAll(fd, data, naming: path) }
        if failure == nil, durable, fsync(fd) != 0 { failure = FileSystemError.current(path) }
        if close(fd) != 0, failure == nil { failure = FileSystemError.current(path) }
        return failure
    }

    private static func writeAll(_ fd: Int32, _ data: Data, naming path: String) -> FileSystemError? {
        data.withUnsafeBytes { raw -> FileSystemError? in
            guard let base = raw.baseAddress else { return nil }
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, base + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return FileSystemError.current(path)
                }
                if n == 0 { return FileSystemError(path: path, code: EIO) }
                offset += n
            }
            return nil
        }
    }

    static func syncDirectory(_ directory: String) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }

    /// Twelve characters from the system's random source: 60 bits nobody can predict.
    static func randomSuffix() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567".utf8)
        var generator = SystemRandomNumberGenerator()
        var value = generator.next()
        var out = [UInt8]()
        for _ in 0..<12 {
            out.append(alphabet[Int(value & 31)])
            value >>= 5
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The folder and the name of a path.
    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let directory = String(path[..<slash])
        return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
    }

    /// Whether a file name is one of the writer's temporary files: `.<name>.tmp-<suffix>`.
    public static func isTemporaryName(_ name: String) -> Bool {
        name.hasPrefix(".") && name.range(of: ".tmp-", options: .backwards) != nil
    }
}
