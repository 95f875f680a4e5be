import Foundation
import Testing

/// The overview in the real binary, as a contact person uses it: the sample store (the two
/// samples and the demo municipality, 15.09.2011), the config's name for "mine".
@Suite("The overview in a real terminal")
struct OverviewEndToEndTests {
    /// A config folder whose name is one of the demo's contact persons.
    final class Config {
        let path = NSTemporaryDirectory() + "lederavtale-e2e-config-" + UUID().uuidString
        init(name: String) throws {
            let result = try CommandRunner.run(["config", "set", "name", name], environment: ["XDG_CONFIG_HOME": path])
            guard result.status == 0 else { throw TmuxSession.Failure(description: "config set failed: \(result.stderr)") }
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func aContactPersonFiltersToMineSortsByDeadlineOpensAUnitAndComesBack(width: Int, height: Int) throws {
        let store = try InterfaceTests.SampleStore()
        let config = try Config(name: "Ingrid Solberg")
        let tmux = try TmuxSession(command: [CommandRunner.binary, "--store", store.path], width: width, height: height,
                                   environment: ["XDG_CONFIG_HOME": config.path])
        try tmux.waitFor("velg avtale")
        tmux.send(keys: "C-o")
        try tmux.waitFor("20 avtaler · 7 på etterskudd")
        tmux.send(keys: "F2")
        try tmux.waitFor("5 av 20 avtaler · 2 på etterskudd")
        for _ in 0..<7 { tmux.send(keys: "Right") }
        try tmux.waitFor("sortert etter neste frist ▲")
        let sorted = tmux.capture().split(separator: "\n").map(String.init)
        let first = try #require(sorted.firstIndex { $0.contains("Furumo barnehage") })
        #expect(sorted[first + 1].contains("Elvetangen fritidsk"), "the oldest deadline first:\n\(sorted.joined(separator: "\n"))")
        #expect(sorted[first].contains("! 01.03.2011"), "overdue is a glyph, not colour alone")
        // The phase letter carries the phase colour (blue for Inngåelse).
        #expect(tmux.captureWithEscapes().contains("38;5;33mB"))
        tmux.send(keys: "Home")
        tmux.send(keys: "Down")
        tmux.send(keys: "Enter")
        try tmux.waitUntil("the unit's main screen") { $0.hasPrefix(" Elvetangen fritidsklubb 2011   ") }
        tmux.send(keys: "Escape")
        try tmux.waitUntil("back on the overview, same line, sort and filter kept") {
            $0.contains("5 av 20 avtaler") && $0.contains("sortert etter neste frist ▲") && $0.contains(" Elvetangen fritidsklubb 2011 · Midtveissamtale 30.06.2011")
        }
        tmux.send(keys: "Tab")
        try tmux.waitFor("Sum – måloppnåelse")
        #expect(tmux.capture().contains("Frivillighet: 1 mindre enn avtalen; 4 ikke vurdert"))
        tmux.send(keys: "Escape")
        try tmux.waitFor("sortert etter neste frist")
        tmux.send(keys: "Escape")
        try tmux.waitFor("20 avtaler · 7 på etterskudd")
        tmux.send(keys: "Escape")
        try tmux.waitFor("velg avtale")
        tmux.send(keys: "Escape")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func theMatrixOpensAUnitsGoalAreaAndEscReturnsToIt() throws {
        let store = try InterfaceTests.SampleStore()
        let tmux = try TmuxSession(command: [CommandRunner.binary, "overview", "--store", store.path, "--year", "2010"], width: 120, height: 40)
        try tmux.waitFor("6 av 20 avtaler")
        tmux.send(keys: "Tab")
        try tmux.waitFor("Sum – måloppnåelse")
        let sums = tmux.capture().split(separator: "\n").first { $0.contains("Redusert sykefravær: ") } ?? ""
        #expect(sums.contains("3 mindre enn") && sums.contains("2 i tråd med") && sums.contains("1 ut over"), "«\(sums)»")
        // Helse og velferd first: Granli 2010; → to «Redusert sykefravær».
        tmux.send(keys: "Right")
        try tmux.waitFor("Redusert sykefravær per tjenesteområde:")
        tmux.send(keys: "Enter")
        try tmux.waitFor("Granli helse- og velferdssenter 2010   Leder")
        // The goal area chosen is the selection: Enter shows its fields.
        tmux.send(keys: "Enter")
        try tmux.waitFor("Målområde")
        #expect(tmux.capture().contains("Redusert sykefravær"))
        tmux.send(keys: "Escape")
        try tmux.waitFor("Tiltak og støtte")
        tmux.send(keys: "Escape")
        try tmux.waitFor("Redusert sykefravær per tjenesteområde:")
        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func overviewOnATerminalOpensTheAppWithItsFilters() throws {
        let store = try InterfaceTests.SampleStore()
        let tmux = try TmuxSession(command: [CommandRunner.binary, "overview", "--store", store.path, "--behind", "--service-area", "helse"], width: 80, height: 24)
        try tmux.waitFor("3 av 20 avtaler · 3 på etterskudd")
        let screen = tmux.capture()
        #expect(screen.contains(" helse ") && screen.contains(" På etterskudd"), "the chips name the filters")
        #expect(screen.contains("Kvernmo bo- og aktiv") && screen.contains("Solsiden sykehjem"))
        tmux.send(keys: "Escape")
        try tmux.waitFor("20 avtaler · 7 på etterskudd")
        tmux.send(keys: "Escape")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func oOnTheMainScreenShowsTheOverviewAndEscGoesBackToTheAgreement() throws {
        let store = try InterfaceTests.SampleStore()
        let tmux = try TmuxSession(command: [CommandRunner.binary, "hoeggen", "--store", store.path], width: 100, height: 30)
        try tmux.waitFor("Frivillighet")
        tmux.send(keys: "o")
        try tmux.waitFor("lederavtale – oversikt")
        tmux.type("linnea 2010")
        try tmux.waitFor("1 av 20 avtaler")
        tmux.send(keys: "Enter")
        try tmux.waitFor("Linnea bibliotek 2010   Leder")
        tmux.send(keys: "Escape")
        try tmux.waitFor("1 av 20 avtaler")
        tmux.send(keys: "Escape")
        try tmux.waitFor("20 avtaler · 7 på etterskudd")
        tmux.send(keys: "Escape")
        #expect(try tmux.waitForExit() == 0, "the overview the agreement was opened from is the last screen")
    }
}
