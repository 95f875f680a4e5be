import AgreementKit
import AgreementStore
import ArgumentParser
import Catalogue
import Foundation

/// `lederavtale merge-driver %O %A %B %P`: git's merge driver for the store's files. The merged
/// file replaces %A (exit 0); a file that cannot be merged on the model is left to git's line
/// merge, with its conflict markers in %A (exit 1), for `check` to point at.
struct MergeDriverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "merge-driver", abstract: Say.words.mergeDriverAbstract,
                                                    discussion: Say.words.mergeDriverDiscussion)

    @Argument(help: ArgumentHelp(Say.words.mergeDriverArgumentHelp(.base), valueName: "O"))
    var base: String

    @Argument(help: ArgumentHelp(Say.words.mergeDriverArgumentHelp(.ours), valueName: "A"))
    var ours: String

    @Argument(help: ArgumentHelp(Say.words.mergeDriverArgumentHelp(.theirs), valueName: "B"))
    var theirs: String

    @Argument(help: ArgumentHelp(Say.words.mergeDriverArgumentHelp(.path), valueName: "P"))
    var path: String

    func run() throws {
        let words = Say.words
        let files = LiveFileSystem()
        let environment = ProcessInfo.processInfo.environment
        let git = LiveGitRunner.find()
        do {
            let (o, a, b) = (try read(base, files), try read(ours, files), try read(theirs, files))
            let driver = MergeDriver(recorded: ChangeAuthor.timestamp(Date()))
            var attribution = MergeAttribution(ours: [], theirs: [])
            if let git, !path.contains("/"), let id = StoreFiles.agreementID(fromFileName: path) {
                attribution = MergeAttribution.read(agreement: id, root: FileManager.default.currentDirectoryPath, git: git,
                                                    theirs: environment["LEDERAVTALE_MERGE_THEIRS"])
            }
            let merged = try driver.merge(base: o, ours: a, theirs: b, path: path, who: attribution.who)
            do { try files.write(merged.data, to: ours, options: WriteOptions(permissions: .keepExisting(orNew: 0o644))) } catch {
                throw StoreError(file: ours, problem: .writeFailed(error))
            }
            if !merged.conflicts.isEmpty { try Output.error("lederavtale: " + words.mergeRecorded(path, count: merged.conflicts.count)) }
        } catch let error as StoreError {
            try Output.error("lederavtale: " + words.mergeLeftToGit(path, reason: words.storeError(error)))
            // git's own line merge, conflict markers and all, for a person to finish.
            _ = git?.run(["merge-file", "-L", "ours", "-L", "base", "-L", "theirs", ours, base, theirs], in: FileManager.default.currentDirectoryPath)
            throw ExitCode(1)
        }
    }

    private func read(_ file: String, _ files: LiveFileSystem) throws(StoreError) -> Data {
        do { return try files.read(file, limit: ReadLimit.history) } catch { throw StoreError(file: file, problem: .unreadable(error)) }
    }
}
