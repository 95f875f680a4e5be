import AgreementGenerator
import AgreementStore
import ArgumentParser
import Catalogue

/// `lederavtale init`: creates a store (and checks it can be written), with the sample agreements when asked.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: Say.words.initAbstract, discussion: Say.words.initDiscussion)

    @OptionGroup var options: StoreOptions

    @Flag(name: .long, help: ArgumentHelp(Say.words.sampleFlagHelp))
    var sample = false

    func run() throws {
        let words = Say.words
        let store = AgreementStore(root: options.location.path)
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
    }
}
