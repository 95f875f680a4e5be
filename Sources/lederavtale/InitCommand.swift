import AgreementGenerator
import AgreementStore
import ArgumentParser
import Catalogue

/// `lederavtale init`: creates a store (and checks it can be written), with the sample agreements
/// when asked, and as a git repository ready for `sync` with `--git`.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: Say.words.initAbstract, discussion: Say.words.initDiscussion)

    @OptionGroup var options: StoreOptions

    @Flag(name: .long, help: ArgumentHelp(Say.words.sampleFlagHelp))
    var sample = false

    @Flag(name: .long, help: ArgumentHelp(Say.words.gitFlagHelp))
    var git = false

    @Option(name: .long, help: ArgumentHelp(Say.words.initRemoteOptionHelp, valueName: "URL"))
    var remote: String?

    func run() throws {
        let words = Say.words
        let store = AgreementStore(root: options.location.path, author: StoreOptions.author(root: options.location.path))
        do {
            // create() makes the folder and proves it can be written: a regular file in the
            // way or a read-only folder fails here, clearly.
            try store.create()
            if sample {
                for file in try store.installWheelsAndGuides() { try Output.line(words.initInstalled(file)) }
                let demo = try DemoMunicipality.agreements()
                let written = try store.installSamples(demo: demo)
                for id in written { try Output.line(words.initInstalled(id)) }
                let templates = SampleCatalog.templateNames.map { "\(TemplateFiles.folder)/\($0)" }
                for id in SampleCatalog.ids + demo.map(\.id) + templates where !written.contains(id) { try Output.line(words.initKept(id)) }
            }
        } catch let error as StoreError {
            throw CommandFailure(words.storeError(error))
        }
        try Output.line(words.initDone(store.root))
        if git || remote != nil { try makeRepository(store, words: words) }
    }

    /// The store as a git repository: made (with its first commit) or prepared, and the remote added.
    private func makeRepository(_ store: AgreementStore, words: any Wording) throws {
        let config = (try? ConfigStore().load()) ?? Config()
        let identity = Identity.resolve(config: config, party: config.role, root: store.root)
        guard let sync = SyncSetup.sync(store, identity: identity, words: words) else { throw CommandFailure(words.gitNotFound) }
        let created: Bool
        do { created = try sync.initialize() } catch { throw CommandFailure(words.syncProblem(error.problem)) }
        try Output.line(words.gitRepositoryMade(store.root, created: created))
        if let remote {
            let remotes = sync.repository.run(["remote"]).text.split(separator: "\n").map(String.init)
            let added = sync.repository.run(remotes.contains("origin") ? ["remote", "set-url", "origin", remote] : ["remote", "add", "origin", remote])
            guard added.succeeded else { throw CommandFailure(words.syncProblem(.gitFailed(.committing, detail: added.errorText))) }
            try Output.line(words.remoteAdded("origin", url: remote))
        }
    }
}
