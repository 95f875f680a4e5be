#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Where a draft was written or found.
public struct DraftLocation: Equatable, Sendable {
    public var path: String
    /// True when it is not in the store (the store could not be written): say where at the next start.
    public var isFallback: Bool

    public init(path: String, isFallback: Bool) {
        self.path = path
        self.isFallback = isFallback
    }
}

/// The places a draft may go, in order: the store, the user's state folder, a private folder
/// in /tmp. Outside the store the file name carries a key of the store's path, so the drafts
/// of two stores never mix.
struct DraftPlaces {
    let store: AgreementStore
    let environment: [String: String]

    func all(for id: String) -> [DraftLocation] {
        let name = "\(storeKey)-\(id).draft.json"
        var places = [DraftLocation(path: store.draftPath(of: id), isFallback: false)]
        if let state = stateFolder { places.append(DraftLocation(path: "\(state)/lederavtale/drafts/\(name)", isFallback: true)) }
        places.append(DraftLocation(path: "/tmp/lederavtale-\(getuid())/\(name)", isFallback: true))
        return places
    }

    /// `$XDG_STATE_HOME`, else `~/.local/state`.
    private var stateFolder: String? {
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") { return xdg }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return "\(home)/.local/state"
    }

    /// Sixteen hex digits of FNV-1a over the store's absolute path.
    private var storeKey: String {
        let path = store.root.hasPrefix("/") ? store.root : FileManager.default.currentDirectoryPath + "/" + store.root
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in path.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Creates the folder of a fallback draft (0700) and makes sure it is a real folder of ours:
    /// in a shared /tmp someone else may have planted a link or a folder of theirs.
    func prepareFolder(of path: String) throws(FileSystemError) {
        let folder = AtomicWriter.split(path).directory
        try store.fileSystem.createDirectory(folder, permissions: 0o700)
        let info = try store.fileSystem.info(folder, followingLinks: false)
        guard info.kind == .directory else { throw FileSystemError(path: folder, reason: .notRegularFile(info.kind)) }
        guard info.owner == getuid() else { throw FileSystemError(path: folder, reason: .permissionDenied) }
        if info.permissions & 0o077 != 0 { try store.fileSystem.setPermissions(folder, 0o700) }
    }
}
