import Foundation
import Testing

/// A whole leader conversation with the real binary, as the contact person and the leader
/// would hold it: a question discussed, notes, a follow-up on a goal row, the assessment, the
/// minutes; then the next conversation, months later, opening on what was agreed last time.
@Suite("The leader conversation in a real terminal")
struct ConversationEndToEndTests {
    private func open(_ store: InterfaceTests.SampleStore, cwd: String, today: String? = nil) throws -> TmuxSession {
        var command = [CommandRunner.binary, "hoeggen", "--store", store.path, "--as", "kontaktperson"] + (today.map { ["--today", $0] } ?? [])
        command = ["sh", "-c", "cd \"$0\" && exec \"$@\"", cwd] + command
        let tmux = try TmuxSession(command: command, width: 120, height: 40)
        try tmux.waitFor("Frivillighet")
        return tmux
    }

    @Test func aConversationWithFollowUpsThenTheNextOneShowsWhatWasAgreed() throws {
        let store = try InterfaceTests.SampleStore()
        let cwd = store.path + "/ut"
        try FileManager.default.createDirectory(atPath: cwd, withIntermediateDirectories: true)
        let tmux = try open(store, cwd: cwd)
        tmux.send(keys: "s")
        try tmux.waitFor("Område 1/7")
        tmux.send(keys: "Space")
        try tmux.waitFor("[✓] Hva innebærer mål og strategi for skolen?")
        tmux.send(keys: "c")
        try tmux.waitFor("Notater – Mål, strategier")
        tmux.type("Resultata frå nasjonale prøver er drøfta.")
        tmux.send(keys: "C-j")
        tmux.type("Lesing er satsingsområde.")
        tmux.send(keys: "Enter")
        try tmux.waitFor("Lesing er satsingsområde.")
        tmux.send(keys: "f")
        try tmux.waitFor("Ny avtale om oppfølging")
        tmux.type("Lage plan for lesing på 5.–7. trinn")
        tmux.send(keys: "Tab")
        tmux.type("Rektor")
        tmux.send(keys: "Tab")
        tmux.type("1.11")
        tmux.send(keys: "Tab")
        tmux.type("1.3")
        tmux.send(keys: "Enter")
        try tmux.waitFor("loggført på 2.2 1.3")
        for _ in 0..<7 { tmux.send(keys: "n") }
        try tmux.waitFor("Ledervurdering (punkt 1.5) – unntatt offentlighet")
        tmux.send(keys: "Enter")
        try tmux.waitFor("Ledervurdering – Budsjett/regnskap")
        tmux.type("2")
        tmux.send(keys: "Tab")
        tmux.type("Balanse i regnskapet")
        tmux.send(keys: "Tab")
        tmux.type("1")
        tmux.send(keys: "Tab")
        tmux.type("Godt styrt år")
        tmux.send(keys: "Enter")
        try tmux.waitFor("▲ Ut over avtalen")
        tmux.send(keys: "n")
        try tmux.waitFor("1 punkt til oppfølging:")
        tmux.send(keys: "w")
        try tmux.waitFor("hoeggen-skole-2011-ledersamtale-2011-09-15.md")
        tmux.send(keys: "C-u")
        tmux.type("referat.html")
        tmux.send(keys: "Enter")
        try tmux.waitFor("Skrev \(cwd)/referat.html (modus 0600")
        tmux.send(keys: "Escape")
        try tmux.waitFor("Ute av samtalen")
        // The follow-up is a date in the wheel.
        tmux.send(keys: "h")
        try tmux.waitFor("○ 01.11 Oppfølging: Lage plan for lesing på 5.–7. trinn")
        tmux.send(keys: "Escape")
        try tmux.waitUntil("the main screen") { !$0.contains("Årshjul 2011") }
        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)

        // The files: the record in the companion folder, the log entry on row 1.3, the minutes.
        let record = try String(contentsOfFile: store.path + "/hoeggen-skole-2011/conversations/2011-09-15.json", encoding: .utf8)
        #expect(record.contains("\"what\" : \"Lage plan for lesing på 5.–7. trinn\"") && record.contains("\"finished\" : true"))
        let agreement = try String(contentsOfFile: store.path + "/hoeggen-skole-2011.json", encoding: .utf8)
        #expect(agreement.contains("Ledersamtale: Lage plan for lesing på 5.–7. trinn (ansvar: Rektor, frist 01.11.2011)"))
        #expect(!agreement.contains("Balanse i regnskapet"), "the assessment is not in the public file")
        let privateFile = try String(contentsOfFile: store.path + "/hoeggen-skole-2011.private.json", encoding: .utf8)
        #expect(privateFile.contains("\"selfComment\" : \"Balanse i regnskapet\""))
        let minutes = try String(contentsOfFile: cwd + "/referat.html", encoding: .utf8)
        let mode = try FileManager.default.attributesOfItem(atPath: cwd + "/referat.html")[.posixPermissions] as? Int
        #expect(mode == 0o600, "minutes with the assessment are private: \(String(mode ?? 0, radix: 8))")
        #expect(minutes.contains("<td>Lage plan for lesing på 5.–7. trinn</td>") && minutes.contains("Godt styrt år"))
        let publicCopy = try CommandRunner.run(["export", "hoeggen", "--public", "--format", "json", "--store", store.path])
        #expect(!publicCopy.stdout.contains("Balanse i regnskapet"))
        let check = try CommandRunner.run(["check", "--store", store.path])
        #expect(check.status == 0 && check.stdout.contains("ledersamtaler: 1"), "\(check.stdout)")

        // The next conversation, in December: last time's follow-up first, marked done.
        let next = try open(store, cwd: cwd, today: "2011-12-01")
        next.send(keys: "s")
        try next.waitFor("Ledersamtale 01.12.2011")
        try next.waitFor("Avtalt i samtalen 15.09.2011")
        try next.waitFor("☐ Lage plan for lesing på 5.–7. trinn")
        try next.waitFor("Rektor, innen 01.11.2011 · forfalt")
        next.send(keys: "Space")
        try next.waitFor("☑ Lage plan for lesing på 5.–7. trinn")
        next.send(keys: "Escape")
        try next.waitFor("Ute av samtalen")
        next.send(keys: "q")
        #expect(try next.waitForExit() == 0)
        let updated = try String(contentsOfFile: store.path + "/hoeggen-skole-2011/conversations/2011-09-15.json", encoding: .utf8)
        #expect(updated.contains("\"done\" : true"))
        let log = try String(contentsOfFile: store.path + "/hoeggen-skole-2011.json", encoding: .utf8)
        #expect(log.contains("(ansvar: Rektor, frist 01.11.2011) – gjort 01.12.2011"))
    }
}
