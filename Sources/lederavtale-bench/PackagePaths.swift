import Foundation

/// Where the package is: the current folder when it holds `Package.swift`, else the folder above the
/// running binary's `.build`, else the folder this source file was compiled from.
enum PackagePaths {
    static var root: String {
        let fileManager = FileManager.default
        let current = fileManager.currentDirectoryPath
        if fileManager.fileExists(atPath: current + "/Package.swift") { return current }
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().standardizedFileURL
        while url.path != "/" {
            url.deleteLastPathComponent()
            if url.lastPathComponent == ".build" { return url.deletingLastPathComponent().path }
        }
        var source = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { source.deleteLastPathComponent() }
        return source.path
    }

    /// `../shared/tools/tuibench/tuibench.py` beside the package.
    static var tuibench: String { sharedTools + "/tuibench/tuibench.py" }

    /// `../shared/tools` beside the package: tuibench and the peers' set-up.
    static var sharedTools: String {
        URL(fileURLWithPath: root).appendingPathComponent("../shared/tools").standardizedFileURL.path
    }

    /// The release binary that the end-to-end figures are for.
    static var releaseBinary: String { root + "/.build/release/lederavtale" }
}
