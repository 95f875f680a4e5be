import Foundation
import Testing

/// The start of the year through the real binary in tmux: a new agreement from the picker's
/// last row, next year's agreement from the phase dialog, last year's log from a carried row.
@Suite("The app: a new agreement and next year's", .serialized)
struct YearStartInterfaceTests {
    /// A store with the samples and the trondheim-2011 template, removed afterwards.
    final class Store {
        let path = NSTemporaryDirectory() + "lederavtale-start-ui-" + UUID().uuidString
        init() throws {
            let result = try CommandRunner.run(["init", "--sample", "--store", path])
            guard result.status == 0 else { throw TmuxSession.Failure(description: "init failed: \(result.stderr)") }
            try SampleOnlyStore.removeDemoAgreements(in: path)
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    @Test func theLastRowOfThePickerMakesAnAgreementWithTheTemplate() throws {
        let store = try Store()
        let tmux = try TmuxSession(command: [CommandRunner.binary, "--store", store.path], width: 80, height: 24)
        try tmux.waitFor("velg avtale")
        tmux.type("Åsveien skole")
        tmux.send(keys: "Enter")
        try tmux.waitFor("id: asveien-skole-")
        tmux.send(keys: "Tab", "C-u")
        tmux.type("2011")
        tmux.send(keys: "Tab", "C-u")
        tmux.type("Trondheim kommune")
        tmux.send(keys: "Enter")
        let screen = try tmux.waitFor("Ny avtale asveien-skole-2011 laget med malen trondheim-2011")
        #expect(screen.contains("Åsveien skole 2011"))
        #expect(screen.contains("B Inngåelse"))
        #expect(FileManager.default.fileExists(atPath: "\(store.path)/asveien-skole-2011.json"))
        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)
        let again = try TmuxSession(command: [CommandRunner.binary, "--store", store.path], width: 120, height: 40)
        try again.waitFor("velg avtale")
        again.type("Åsveien skole")
        try again.waitFor("1/3")
        again.send(keys: "Down", "Enter")
        try again.waitFor("id: asveien-skole-")
        again.send(keys: "Tab", "C-u")
        again.type("2011")
        again.send(keys: "Tab", "C-u")
        again.type("Trondheim kommune")
        again.send(keys: "Enter")
        let refused = try again.waitFor("finnes fra før")
        #expect(refused.contains("avtalen «asveien-skole-2011» finnes fra før"), "a clash names the id and the form stays")
        #expect(refused.contains("Ny avtale"))
    }

    @Test func nextYearIsReviewedMadeAndItsRowsShowLastYearsLog() throws {
        let store = try Store()
        let file = "\(store.path)/hoeggen-skole-2011.json"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        guard let range = text.range(of: "\"phase\" : \"followUp\"") else {
            Issue.record("the sample's phase is not where this test expects it")
            return
        }
        try text.replacingCharacters(in: range, with: "\"phase\" : \"assessment\"").write(toFile: file, atomically: true, encoding: .utf8)
        let tmux = try TmuxSession(command: [CommandRunner.binary, "hoeggen-skole-2011", "--store", store.path], width: 120, height: 40)
        try tmux.waitFor("Frivillighet")
        tmux.send(keys: "p")
        try tmux.waitFor("Neste år")
        tmux.send(keys: "N")
        let review = try tmux.waitFor("Neste års avtale: Hoeggen skole 2012")
        #expect(review.contains("ingen mal for Trondheim kommune 2012"))
        #expect(review.contains("[✓] 3.2 2. Vurdering for læring"))
        for _ in 0..<12 { tmux.send(keys: "j") }
        tmux.send(keys: "Space")
        try tmux.waitFor("legges igjen")
        tmux.send(keys: "Enter")
        let made = try tmux.waitFor("lagde hoeggen-skole-2012")
        #expect(made.contains("Hoeggen skole 2012"))
        #expect(made.contains("B Inngåelse"))
        tmux.send(keys: "j", "j", "j", "j", "j", "j", "j", "j", "j")
        tmux.send(keys: "L")
        let log = try tmux.waitFor("Fjorårets logg, bare for lesing")
        #expect(log.contains("hoeggen-skole-2011"))
        tmux.send(keys: "Escape")
        try tmux.waitFor("Tab Rute")
        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)
        let list = try CommandRunner.run(["list", "--store", store.path])
        // The columns are as wide as the store's longest id and unit (the demo municipality's), so compare words.
        let lines = list.stdout.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(lines.contains { $0.hasPrefix("hoeggen-skole-2012 Hoeggen skole 2012 Inngåelse") })
        #expect(lines.contains { $0.hasPrefix("hoeggen-skole-2011 Hoeggen skole 2011 Resultatvurdering") }, "last year's agreement is kept as it was")
    }
}
