import Foundation
import Testing

/// The year-end assessment and an amendment, in the real binary, as a contact person would do them.
@Suite("Phases and meeting mode in a real terminal")
struct MeetingEndToEndTests {
    private func open(_ store: InterfaceTests.SampleStore, cwd: String? = nil) throws -> TmuxSession {
        var command = [CommandRunner.binary, "hoeggen-skole-2011", "--store", store.path]
        if let cwd { command = ["sh", "-c", "cd \"$0\" && exec \"$@\"", cwd] + command }
        let tmux = try TmuxSession(command: command, width: 120, height: 40)
        try tmux.waitFor("Frivillighet")
        return tmux
    }

    @Test func theWholeYearEndAssessmentInFortyOneKeysThenListAndRestart() throws {
        let store = try InterfaceTests.SampleStore()
        let minutesFolder = NSTemporaryDirectory() + "lederavtale-minutes-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: minutesFolder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: minutesFolder) }
        let tmux = try open(store, cwd: minutesFolder)
        tmux.send(keys: "p")
        try tmux.waitFor("Gå til Resultatvurdering? (j/n)")
        tmux.send(keys: "j")
        try tmux.waitFor("G Resultatvurdering")
        tmux.send(keys: "m")
        try tmux.waitFor("1/14")
        // 14 goal areas × 2 ratings: mostly "as agreed", one area below on both.
        for area in 0..<14 { tmux.type(area == 2 ? "33" : "22") }
        try tmux.waitFor("Sjekkliste 1/10")
        tmux.type(String(repeating: "u", count: 10))
        // Wait for the whole summary: a capture can catch a frame half drawn.
        let expected = ["Vurdert 14 av 14 målområder", "● I tråd med avtalen  13", "▼ Mindre enn avtalen  1",
                        "▼ 2.1 3. Miljø", "Sjekkliste: 10/10 markert, 10 utført"]
        try tmux.waitUntil("the summary with the right counts") { screen in expected.allSatisfy { screen.contains($0) } }
        tmux.send(keys: "w")
        try tmux.waitFor("Skriv referatet")
        tmux.send(keys: "Enter")
        let written = try tmux.waitFor("Skrev ")
        #expect(written.contains(minutesFolder))
        tmux.send(keys: "Escape")
        // Wait for the main screen: Esc and q sent together would arrive as Alt-q.
        try tmux.waitFor("Møtemodus avsluttet")
        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)

        let list = try CommandRunner.run(["list", "--store", store.path])
        // The columns are as wide as the store's longest id and unit (the demo municipality's), so compare words.
        let line = list.stdout.split(separator: "\n").first { $0.hasPrefix("hoeggen-skole-2011 ") }
        let words = line.map { $0.split(separator: " ").joined(separator: " ") }
        #expect(words == "hoeggen-skole-2011 Hoeggen skole 2011 Resultatvurdering logg 0/24 rader · vurdert 14/14 · sjekkliste 10/10", "\(list.stdout)")

        let files = try FileManager.default.contentsOfDirectory(atPath: minutesFolder)
        let name = try #require(files.first { $0.hasPrefix("hoeggen-skole-2011-referat-") && $0.hasSuffix(".md") })
        let minutes = try String(contentsOfFile: minutesFolder + "/" + name, encoding: .utf8)
        #expect(minutes.contains("| 2.1 | 1. Frivillighet | I tråd med avtalen | I tråd med avtalen |"))
        #expect(minutes.contains("| 2.1 | 3. Miljø | Mindre enn avtalen | Mindre enn avtalen |"))
        let areaSections = minutes.split(separator: "\n").filter { $0.hasPrefix("### 2.") || $0.hasPrefix("### 3.") }
        #expect(areaSections.count == 14, "every goal area has its section")

        let again = try open(store)
        let screen = try again.waitFor("G Resultatvurdering")
        #expect(screen.contains("[●●]"), "the ratings show on restart")
        #expect(screen.contains("[▼▼]"))
        again.send(keys: "q")
        #expect(try again.waitForExit() == 0)
    }

    @Test func editingABlueFieldInOppfolgingAsksForAReasonAndRecordsTheAmendment() throws {
        let store = try InterfaceTests.SampleStore()
        let tmux = try open(store)
        tmux.send(keys: "Down")
        tmux.send(keys: "Enter")
        try tmux.waitFor("Resultatmål")
        tmux.send(keys: "Down")
        tmux.send(keys: "Down")
        tmux.send(keys: "Enter")
        try tmux.waitFor("Begrunnelse for endringen (påkrevd)")
        tmux.send(keys: "End")
        tmux.type(" Minst to nye tiltak.")
        tmux.send(keys: "Tab")
        tmux.type("Nytt samarbeid med idrettslaget")
        tmux.send(keys: "Enter")
        try tmux.waitFor("Endring registrert")
        let file = try String(contentsOfFile: store.path + "/hoeggen-skole-2011.json", encoding: .utf8)
        #expect(file.contains("\"reason\" : \"Nytt samarbeid med idrettslaget\""))
        #expect(file.contains("\"field\" : \"2.1 1. Frivillighet · mål for enheten\""))
        tmux.send(keys: "Escape")
        try tmux.waitUntil("back on the main screen") { $0.contains("Endringer i avtalen") && !$0.contains("Enter Rediger") }
        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)
    }
}
