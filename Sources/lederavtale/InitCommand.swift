import AgreementStore
import ArgumentParser

/// `lederavtale init`: creates a store, with the sample agreements when asked.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Oppretter et lager (med eksempelavtalene med --sample)."
    )

    @OptionGroup var options: StoreOptions

    @Flag(name: .long, help: "Legg inn eksempelavtalene fra data/.")
    var sample = false

    func run() throws {
        let store = AgreementStore(root: options.location.path)
        do {
            try store.create()
            if sample {
                let written = try store.installSamples()
                for id in written { Output.line("la inn \(id)") }
                let kept = SampleCatalog.ids.filter { !written.contains($0) }
                for id in kept { Output.line("\(id) finnes allerede; ikke endret") }
            }
            Output.line("lager: \(store.root)")
        } catch {
            throw CommandFailure("\(error)")
        }
    }
}
