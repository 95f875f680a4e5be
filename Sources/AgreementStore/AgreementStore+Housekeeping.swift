#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

extension AgreementStore {
    /// Removes temporary files `.<name>.tmp-<pid>` left by a process that died mid-save.
    /// They are never agreements; a live process's are left alone. Returns the names removed.
    @discardableResult
    public func removeStaleTemporaryFiles() -> [String] {
        guard let names = try? fileSystem.list(root) else { return [] }
        var removed: [String] = []
        for name in names where name.hasPrefix(".") {
            guard let range = name.range(of: ".tmp-", options: .backwards), let pid = Int32(name[range.upperBound...]) else { continue }
            if pid == getpid() || AgreementLock.isAlive(pid) { continue }
            if (try? fileSystem.remove("\(root)/\(name)")) != nil { removed.append(name) }
        }
        return removed
    }

    /// The stamp of an agreement's public file now, to notice changes made by someone else.
    public func stamp(of id: String) -> FileStamp? {
        fileSystem.stamp(path(of: id))
    }
}
