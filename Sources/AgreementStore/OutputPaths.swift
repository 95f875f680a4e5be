import Foundation

/// Paths of files written for the user: made absolute, and the next free name when one is taken.
public enum OutputPaths {
    /// The absolute, normalised form of a path (relative to `currentDirectory`).
    public static func absolute(_ path: String, currentDirectory: String = FileManager.default.currentDirectoryPath) -> String {
        let base = URL(fileURLWithPath: currentDirectory, isDirectory: true)
        return URL(fileURLWithPath: path, relativeTo: base).standardizedFileURL.path
    }

    /// `path` if nothing is there, else the first of `name-2.ext`, `name-3.ext` … that is free
    /// (a link, even a dangling one, counts as taken). Only a proposal: write it with
    /// `writeNewFile`, which still refuses if the name was taken meanwhile.
    public static func nextFree(_ path: String, fileSystem: any FileSystem = LiveFileSystem()) -> String {
        func taken(_ candidate: String) -> Bool { (try? fileSystem.info(candidate, followingLinks: false)) != nil }
        guard taken(path) else { return path }
        let (directory, name) = AtomicWriter.split(path)
        let prefix = path.contains("/") ? (directory == "/" ? "/" : directory + "/") : ""
        var stem = name, ext = ""
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            stem = String(name[..<dot])
            ext = String(name[dot...])
        }
        for n in 2..<10_000 {
            let candidate = "\(prefix)\(stem)-\(n)\(ext)"
            if !taken(candidate) { return candidate }
        }
        return "\(prefix)\(stem)-\(AtomicWriter.randomSuffix())\(ext)"
    }
}
