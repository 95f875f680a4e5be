import Foundation
import Testing

/// Editing in the real binary: every change on disk at once, through restarts, undo, kill -9 and a full disk.
@Suite("Editing in a real terminal")
struct EditingEndToEndTests {
    let entry = "Møte med Othilienborg IL – åpen hall for de små, også på lørdager"

    private func open(_ store: String, width: Int = 120, height: Int = 40) throws -> TmuxSession {
        let tmux = try TmuxSession(command: [CommandRunner.binary, "hoeggen-skole-2011", "--store", store], width: width, height: height)
        try tmux.waitFor("Frivillighet")
        return tmux
    }

    private func file(_ store: String) throws -> String {
        try String(contentsOfFile: store + "/hoeggen-skole-2011.json", encoding: .utf8)
    }

    /// On the Frivillighet row: `l`, the text, Enter; waits until the log pane shows it.
    private func addEntry(_ tmux: TmuxSession) throws {
        tmux.send(keys: "Down")
        tmux.send(keys: "l")
        try tmux.waitFor("Ny loggføring")
        tmux.type(entry)
        tmux.send(keys: "Enter")
        try tmux.waitUntil("the entry in the log pane") { $0.contains("Møte med Othilienborg IL") && !$0.contains("Ny loggføring") }
    }

    /// The inode the index's delta holds for the Hoeggen sample, and the inode of its file.
    private func deltaInode(_ store: String) throws -> (delta: Int?, file: Int) {
        let data = try Data(contentsOf: URL(fileURLWithPath: store + "/.index.delta.json"))
        let root = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let entry = (root?["entries"] as? [String: Any])?["hoeggen-skole-2011"] as? [String: Any]
        let inode = (entry?["stamp"] as? [String: Any])?["inode"] as? Int
        let file = try FileManager.default.attributesOfItem(atPath: store + "/hoeggen-skole-2011.json")[.systemFileNumber] as? Int ?? -1
        return (inode, file)
    }

    @Test func theIndexLearnsOfTheSessionsSavesWhenItQuits() throws {
        let store = try InterfaceTests.SampleStore()
        let tmux = try open(store.path)
        try addEntry(tmux)
        try tmux.waitFor("Lagret")
        let open = try deltaInode(store.path)
        #expect(open.delta != open.file, "while the agreement is open its saves are kept in memory, not written to the delta")
        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)
        let quit = try deltaInode(store.path)
        #expect(quit.delta == quit.file, "on quit the delta holds the file as the session's last save wrote it")
        let listed = try CommandRunner.run(["list", "--store", store.path])
        #expect(listed.status == 0 && listed.stdout.contains("hoeggen-skole-2011"))
    }

    @Test func aLogEntryIsOnDiskAtOnceUndoRemovesItAndItSurvivesARestart() throws {
        let store = try InterfaceTests.SampleStore()
        let tmux = try open(store.path)
        try addEntry(tmux)
        try tmux.waitFor("Lagret")
        #expect(try file(store.path).contains("\"text\" : \"\(entry)\""), "raw UTF-8 in the store file at once")
        // Undo (history is per session) removes it from the screen and the file; redo brings it back.
        tmux.send(keys: "u")
        try tmux.waitUntil("the entry gone") { !$0.contains("Møte med Othilienborg IL") && $0.contains("Angret") }
        #expect(try !file(store.path).contains(entry))
        tmux.send(keys: "C-r")
        try tmux.waitUntil("the entry back") { $0.contains("Møte med Othilienborg IL") && $0.contains("Gjort om") }
        #expect(try file(store.path).contains(entry))
        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)

        let again = try open(store.path)
        again.send(keys: "Down")
        try again.waitFor("Møte med Othilienborg IL")
        #expect(again.capture().contains("✎1"))
        again.send(keys: "q")
        #expect(try again.waitForExit() == 0)
    }

    /// The history's records of this session, kind and path, in order (the store's own record of its making left out).
    private func historyRecords(_ store: String) throws -> [String] {
        let data = try Data(contentsOf: URL(fileURLWithPath: store + "/hoeggen-skole-2011/history.json"))
        let changes = (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["changes"] as? [[String: Any]] ?? []
        return changes.compactMap { change in
            guard let stamp = change["stamp"] as? [String: Any], stamp["party"] != nil else { return nil }
            return "\(change["kind"] ?? "") \(change["path"] ?? "")"
        }
    }

    /// The app diffs a save against the copy it last read or wrote while the file keeps that
    /// stamp: each save records exactly its own change; after a change from outside it reads
    /// the file again, so overwriting records the outside change taken back as well.
    @Test func everySaveRecordsExactlyItsChangeAlsoAfterAChangeFromOutside() throws {
        let store = try InterfaceTests.SampleStore()
        let tmux = try open(store.path)
        try addEntry(tmux)
        try tmux.waitFor("Lagret")
        let added = try historyRecords(store.path)
        #expect(added.count == 1 && added[0].hasPrefix("added goalAreas/") && added[0].contains("/log/"), "\(added)")
        tmux.send(keys: "u")
        try tmux.waitUntil("the entry gone") { !$0.contains("Møte med Othilienborg IL") && $0.contains("Angret") }
        try tmux.waitFor("Lagret")
        let removed = try historyRecords(store.path)
        #expect(removed.count == 2 && removed[1] == "removed" + added[0].dropFirst("added".count), "\(removed)")

        // Someone else changes the contact person's comment in the file.
        let url = URL(fileURLWithPath: store.path + "/hoeggen-skole-2011.json")
        var root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        var agreement = try #require(root["agreement"] as? [String: Any])
        var conditions = try #require(agreement["conditions"] as? [String: Any])
        conditions["contactComment"] = "Endret utenfra"
        agreement["conditions"] = conditions
        root["agreement"] = agreement
        try JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys]).write(to: url, options: .atomic)
        try addEntry(tmux)
        try tmux.waitFor("Overskriv filen")
        tmux.send(keys: "o")
        try tmux.waitFor("Lagret")
        let overwritten = try historyRecords(store.path)
        #expect(overwritten.count == 4, "\(overwritten)")
        #expect(overwritten.dropFirst(2).contains("changed conditions/contactComment"), "the outside change taken back is recorded: \(overwritten)")
        #expect(!(try file(store.path)).contains("Endret utenfra"))
        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func killDashNineRightAfterAChangeLosesNothing() throws {
        let store = try InterfaceTests.SampleStore()
        let tmux = try open(store.path)
        try addEntry(tmux)
        #expect(TmuxSession.signal("KILL", matching: "^\(CommandRunner.binary) hoeggen-skole-2011 --store \(store.path)"))
        #expect(try tmux.waitForExit() == 137)
        #expect(try file(store.path).contains(entry))
        let check = try CommandRunner.run(["check", "--store", store.path])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("1 logg"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: store.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    static let canMount: Bool = getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/bin/mount")

    @Test(.enabled(if: canMount, "needs root to mount a tmpfs"))
    func aFullDiskGivesAMessageKeepsTheChangeAndSavesWhenSpaceReturns() throws {
        let mountPoint = NSTemporaryDirectory() + "lederavtale-full-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        defer {
            _ = try? CommandRunner.system(["/bin/umount", mountPoint])
            try? FileManager.default.removeItem(atPath: mountPoint)
        }
        #expect(try CommandRunner.system(["/bin/mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mountPoint]) == 0)
        let store = mountPoint + "/store"
        #expect(try CommandRunner.run(["init", "--sample", "--store", store]).status == 0)
        let before = try file(store)
        // Fill the file system to the last byte.
        _ = try CommandRunner.system(["/bin/dd", "if=/dev/zero", "of=\(mountPoint)/filler", "bs=4096"])
        let tmux = try open(store)
        try addEntry(tmux)
        let screen = try tmux.waitFor("Ikke lagret")
        #expect(screen.contains("disken er full"))
        #expect(try file(store) == before, "the file is neither truncated nor emptied")
        #expect(screen.contains("Møte med Othilienborg IL"), "the change stays on screen")
        try FileManager.default.removeItem(atPath: mountPoint + "/filler")
        tmux.send(keys: "C-s")
        try tmux.waitFor("Lagret")
        #expect(try file(store).contains(entry))
        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)
    }
}

@Suite("Words typed when the session dies are kept as a draft")
struct DraftEndToEndTests {
    @Test(arguments: ["HUP", "TERM", "QUIT"])
    func aDroppedSessionLeavesADraftThatTheNextStartOffers(signal: String) throws {
        let store = try InterfaceTests.SampleStore()
        let tmux = try TmuxSession(command: [CommandRunner.binary, "hoeggen-skole-2011", "--store", store.path], width: 120, height: 40)
        try tmux.waitFor("Frivillighet")
        tmux.send(keys: "Down")
        tmux.send(keys: "l")
        try tmux.waitFor("Ny loggføring")
        tmux.type("Halvferdig notat om dugnaden på Hoeggen – må ikke forsvinne")
        try tmux.waitFor("må ikke forsvinne")
        #expect(TmuxSession.signal(signal, matching: "^\(CommandRunner.binary) hoeggen-skole-2011 --store \(store.path)"))
        _ = try tmux.waitForExit()
        #expect(!FileManager.default.fileExists(atPath: store.path + "/.hoeggen-skole-2011.lock"), "\(signal): the lock is released")
        #expect(!tmux.alternateScreenOn, "\(signal): the terminal is restored")
        let draftPath = store.path + "/.hoeggen-skole-2011.draft.json"
        let draft = try String(contentsOfFile: draftPath, encoding: .utf8)
        #expect(draft.contains("Halvferdig notat om dugnaden på Hoeggen"))
        #expect(try JSONSerialization.jsonObject(with: Data(draft.utf8)) is [String: Any], "valid JSON like every .json in the store")
        #expect(try CommandRunner.run(["check", "--store", store.path]).status == 0, "the draft does not upset check")

        let again = try TmuxSession(command: [CommandRunner.binary, "hoeggen-skole-2011", "--store", store.path], width: 120, height: 40)
        try again.waitFor("Utkast fra en avbrutt økt")
        again.send(keys: "g")
        try again.waitFor("Utkastet er gjenopprettet")
        again.send(keys: "Enter")
        try again.waitFor("Loggføring lagt til")
        #expect(!FileManager.default.fileExists(atPath: draftPath))
        let file = try String(contentsOfFile: store.path + "/hoeggen-skole-2011.json", encoding: .utf8)
        #expect(file.contains("Halvferdig notat om dugnaden på Hoeggen – må ikke forsvinne"))
        again.send(keys: "q")
        #expect(try again.waitForExit() == 0)
    }
}
