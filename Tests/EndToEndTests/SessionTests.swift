import Foundation
import Testing

/// Two sessions on one agreement, stale locks, and a file changed on disk while open.
@Suite("Two sessions, locks and changes made by others")
struct SessionTests {
    private func open(_ store: String, width: Int = 140) throws -> TmuxSession {
        let tmux = try TmuxSession(command: [CommandRunner.binary, "hoeggen-skole-2011", "--store", store], width: width, height: 40)
        try tmux.waitFor("Frivillighet")
        return tmux
    }

    @Test func theSecondSessionOpensReadOnlyAndSaysWhoHasIt() throws {
        let store = try InterfaceTests.SampleStore()
        let first = try open(store.path)
        let lock = try String(contentsOfFile: store.path + "/.hoeggen-skole-2011.lock", encoding: .utf8)
        #expect(lock.contains("\"pid\""))
        let second = try open(store.path)
        let screen = try second.waitFor("skrivebeskyttet – åpen i en annen økt")
        #expect(screen.contains("prosess"))
        second.send(keys: "Down")
        second.send(keys: "l")
        try second.waitFor("Skrivebeskyttet – åpen i en annen økt")
        #expect(!second.capture().contains("Ny loggføring"))
        second.send(keys: "q")
        #expect(try second.waitForExit() == 0)
        #expect(FileManager.default.fileExists(atPath: store.path + "/.hoeggen-skole-2011.lock"), "the second session leaves the first one's lock")
        first.send(keys: "q")
        #expect(try first.waitForExit() == 0)
        #expect(!FileManager.default.fileExists(atPath: store.path + "/.hoeggen-skole-2011.lock"), "quitting releases the lock")
    }

    @Test func aReadOnlySessionBecomesWritableWhenTheFirstQuits() throws {
        let store = try InterfaceTests.SampleStore()
        let first = try open(store.path)
        let second = try open(store.path)
        try second.waitFor("skrivebeskyttet – åpen i en annen økt")
        first.send(keys: "q")
        #expect(try first.waitForExit() == 0)
        // The second session looks once a second between keys.
        try second.waitFor("Den andre økten har sluppet avtalen")
        #expect(FileManager.default.fileExists(atPath: store.path + "/.hoeggen-skole-2011.lock"), "the second session holds the lock now")
        second.send(keys: "Down")
        second.send(keys: "l")
        try second.waitFor("Ny loggføring")
        second.send(keys: "Escape")
        try second.waitUntil("form closed") { !$0.contains("Ny loggføring") }
        second.send(keys: "q")
        #expect(try second.waitForExit() == 0)
        #expect(!FileManager.default.fileExists(atPath: store.path + "/.hoeggen-skole-2011.lock"))
    }

    @Test func takingOverTheLockAsksAndThenTheOtherSessionCannotSave() throws {
        let store = try InterfaceTests.SampleStore()
        let first = try open(store.path)
        let second = try open(store.path)
        try second.waitFor("skrivebeskyttet – åpen i en annen økt")
        second.send(keys: "T")
        try second.waitFor("Ta over låsen fra")
        second.send(keys: "j")
        try second.waitFor("Den andre økten har sluppet avtalen")
        // The first session finds out when it tries to save: nothing is written, the change stays
        // on its screen, and quitting offers a copy.
        first.send(keys: "Down")
        first.send(keys: "l")
        try first.waitFor("Ny loggføring")
        first.type("Skrevet etter at låsen ble tatt")
        first.send(keys: "Enter")
        try first.waitFor("en annen økt har tatt over avtalen")
        let file = try String(contentsOfFile: store.path + "/hoeggen-skole-2011.json", encoding: .utf8)
        #expect(!file.contains("Skrevet etter at låsen ble tatt"), "a session that lost its lock writes nothing")
        first.send(keys: "q")
        try first.waitFor("Skriv din versjon som en kopi")
        #expect(!first.capture().contains("Prøv å lagre igjen"))
        first.send(keys: "a")
        #expect(try first.waitForExit() == 0)
        second.send(keys: "q")
        #expect(try second.waitForExit() == 0)
        #expect(!FileManager.default.fileExists(atPath: store.path + "/.hoeggen-skole-2011.lock"))
    }

    @Test func aStaleLockFromADeadProcessIsTakenOver() throws {
        let store = try InterfaceTests.SampleStore()
        let stale = #"{"host":"\#(ProcessInfo.processInfo.hostName)","pid":999999,"since":"2011-03-14T10:42:00+01:00"}"#
        try stale.write(toFile: store.path + "/.hoeggen-skole-2011.lock", atomically: true, encoding: .utf8)
        // A temporary file from a save that was killed mid-way.
        let leftover = store.path + "/.hoeggen-skole-2011.json.tmp-k2v8x3q9m4np"
        try "{".write(toFile: leftover, atomically: true, encoding: .utf8)
        // An hour old: only temporary files older than a minute are another process's debris.
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-3600)], ofItemAtPath: leftover)
        let tmux = try open(store.path)
        #expect(!tmux.capture().contains("skrivebeskyttet"))
        #expect(!FileManager.default.fileExists(atPath: leftover), "leftover temporary files are cleaned")
        tmux.send(keys: "Down")
        tmux.send(keys: "l")
        try tmux.waitFor("Ny loggføring")
        tmux.send(keys: "Escape")
        try tmux.waitUntil("form closed") { !$0.contains("Ny loggføring") }
        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func aFileChangedOnDiskIsNeverSilentlyOverwritten() throws {
        let store = try InterfaceTests.SampleStore()
        // Wide enough for the header to name the contact person beside «Neste».
        let tmux = try open(store.path, width: 180)
        // Someone else (another tool, a git pull) changes the file while it is open.
        let path = store.path + "/hoeggen-skole-2011.json"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"contactPerson\" : \"\"", with: "\"contactPerson\" : \"Ola fra git pull\"")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        tmux.send(keys: "Down")
        tmux.send(keys: "l")
        try tmux.waitFor("Ny loggføring")
        tmux.type("Min endring")
        tmux.send(keys: "Enter")
        try tmux.waitFor("Filen er endret av noen andre")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text, "the other change is kept on disk")
        tmux.send(keys: "l")
        try tmux.waitFor("Lastet inn på nytt fra disken")
        #expect(tmux.capture().contains("Ola fra git pull"))
        tmux.send(keys: "l")
        try tmux.waitFor("Ny loggføring")
        tmux.type("Ny endring etter innlasting")
        tmux.send(keys: "Enter")
        try tmux.waitFor("Lagret")
        let after = try String(contentsOfFile: path, encoding: .utf8)
        #expect(after.contains("Ola fra git pull") && after.contains("Ny endring etter innlasting"))
        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)
    }
}
