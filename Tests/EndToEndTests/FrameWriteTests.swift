import Foundation
import Testing

private let straceBinary = ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }

/// What the real binary writes to the terminal per key, seen from the kernel's side (strace):
/// a frame is one write(2), and a key is one read(2) — an arrow's escape sequence too (curses'
/// own reader took it a byte at a time; `InputReader` takes what is waiting). ncurses 6.4 flushes at every cursor move until its screen has once
/// been left and taken back; the terminal takes it out of that state at start, and a frame
/// that went out as a dozen writes would be read by the terminal in pieces.
@Suite("Frames reach the terminal in one write", .enabled(if: straceBinary != nil, "strace is installed by .ci/run"))
struct FrameWriteTests {

    @Test func everyKeyOnTheMainScreenIsOneWrite() throws {
        let store = try InterfaceTests.SampleStore()
        let log = NSTemporaryDirectory() + "lederavtale-frames-\(UUID().uuidString).log"
        defer { try? FileManager.default.removeItem(atPath: log) }
        let tmux = try TmuxSession(command: [try #require(straceBinary), "-qq", "-s", "0", "-e", "trace=read,write", "-o", log,
                                             CommandRunner.binary, "hoeggen-skole-2011", "--store", store.path])
        try tmux.waitFor("Frivillighet")
        // Down and j through the goals (the detail beside them changes whole), Tab to the next pane, back.
        var expected = ["Om avtalen (1.1–1.5)", "Sjekkliste", "Felles resultatmål", "1. Frivillighet"]
        for (index, text) in expected.enumerated() {
            tmux.send(keys: index.isMultiple(of: 2) ? "Down" : "j")
            try tmux.waitUntil("key \(index + 1) drawn: \(text)") { $0.contains(text) && $0.contains("Tiltak og støtte") }
            Thread.sleep(forTimeInterval: 0.2)
        }
        tmux.send(keys: "Tab")
        Thread.sleep(forTimeInterval: 0.3)
        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)
        expected.append("Tab")

        let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        // Per key read from the terminal, the writes to it that follow before the next read.
        var perKey: [Int] = []
        // Only the main thread is traced (no -f): it reads the keys and draws. A call another
        // thread interrupts is split into "<unfinished ...>" and "<... read resumed>".
        for line in lines {
            if Self.bytesRead(line) > 0 {
                perKey.append(0)
            } else if line.hasPrefix("write(1,"), !perKey.isEmpty {
                perKey[perKey.count - 1] += 1
            }
        }
        // The last read is the q, after which the terminal is restored (several writes).
        let frames = perKey.dropLast()
        #expect(frames.count == expected.count, "one read per key sent: \(perKey) in:\n\(lines.prefix(200).joined(separator: "\n"))")
        #expect(frames.allSatisfy { $0 == 1 }, "writes per key, \(expected): \(Array(frames)) (the start-up state flushes at every cursor move)")
    }

    /// Keys typed ahead (a held key over a slow link, a paste of keys) are taken before the next
    /// frame, as curses' typeahead check did: far fewer frames than keys, and the last frame is
    /// the screen the keys lead to.
    @Test func keysTypedAheadAreTakenBeforeTheFrame() throws {
        let store = try InterfaceTests.SampleStore()
        let log = NSTemporaryDirectory() + "lederavtale-typeahead-\(UUID().uuidString).log"
        defer { try? FileManager.default.removeItem(atPath: log) }
        let burst = String(repeating: "jk", count: 30) + "jjj"
        // The screen the keys lead to: the same three steps down, one key at a time.
        let expected: String, expectedColours: String
        do {
            let slowStore = try InterfaceTests.SampleStore()
            let slow = try TmuxSession(command: [CommandRunner.binary, "hoeggen-skole-2011", "--store", slowStore.path])
            try slow.waitFor("Frivillighet")
            for _ in 0..<3 {
                slow.send(keys: "j")
                Thread.sleep(forTimeInterval: 0.3)
            }
            expected = try slow.waitForSettled("Frivillighet")
            expectedColours = slow.captureWithEscapes()
            slow.send(keys: "q")
            #expect(try slow.waitForExit() == 0)
        }
        do {
            let tmux = try TmuxSession(command: [try #require(straceBinary), "-qq", "-s", "0", "-e", "trace=read,write", "-o", log,
                                                 CommandRunner.binary, "hoeggen-skole-2011", "--store", store.path])
            try tmux.waitForSettled("Frivillighet")
            tmux.type(burst)
            try tmux.waitUntil("the screen the keys typed ahead lead to", timeout: .seconds(20)) { $0 == expected }
            Thread.sleep(forTimeInterval: 0.2)
            #expect(tmux.captureWithEscapes() == expectedColours, "the last frame after the keys typed ahead, in colour too")
            tmux.send(keys: "q")
            #expect(try tmux.waitForExit() == 0)
        }

        let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        var bytes = 0, framesAfterFirstKey = 0
        for line in lines {
            let read = Self.bytesRead(line)
            if read > 0 {
                bytes += read
            } else if line.hasPrefix("write(1,"), bytes > 0, bytes <= burst.count {
                framesAfterFirstKey += 1
            }
        }
        #expect(bytes >= burst.count, "every key read: \(bytes) bytes")
        #expect(framesAfterFirstKey >= 1 && framesAfterFirstKey <= burst.count / 3,
                "\(burst.count) keys typed ahead drew \(framesAfterFirstKey) frames")
    }

    /// A conversation's step is drawn before the record of where it stands is saved: the frame's
    /// write comes before the save's fsync, so stepping through a conversation that has something
    /// in it never waits for the disk — and the step is still saved, at once after.
    @Test func aConversationsStepIsDrawnBeforeItIsSaved() throws {
        let store = try InterfaceTests.SampleStore()
        let log = NSTemporaryDirectory() + "lederavtale-step-\(UUID().uuidString).log"
        defer { try? FileManager.default.removeItem(atPath: log) }
        let tmux = try TmuxSession(command: [try #require(straceBinary), "-qq", "-s", "0", "-e", "trace=read,write,fsync", "-o", log,
                                             CommandRunner.binary, "hoeggen-skole-2011", "--store", store.path, "--as", "kontaktperson"])
        try tmux.waitFor("Frivillighet")
        tmux.send(keys: "s")
        try tmux.waitFor("Område 1/7")
        // A question ticked: the record is no longer blank, and its save says so.
        tmux.send(keys: "Space")
        try tmux.waitFor("Samtalen er lagret")
        Thread.sleep(forTimeInterval: 0.3)
        tmux.send(keys: "Right")
        try tmux.waitFor("Område 2/7")
        Thread.sleep(forTimeInterval: 0.3)
        tmux.send(keys: "Escape")
        try tmux.waitUntil("the conversation left") { !$0.contains("Område 2/7") }
        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)

        let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        // The arrow is the one read of three bytes (ESC [ C or ESC O C).
        let arrow = try #require(lines.firstIndex { Self.bytesRead($0) == 3 }, "the arrow's read in:\n\(lines.suffix(80).joined(separator: "\n"))")
        let after = lines[(arrow + 1)...].prefix { Self.bytesRead($0) == 0 }
        let frame = after.firstIndex { $0.hasPrefix("write(1,") }
        let fsync = after.firstIndex { $0.hasPrefix("fsync(") }
        #expect(frame != nil && fsync != nil, "the step drew a frame and saved: \(Array(after))")
        if let frame, let fsync { #expect(frame < fsync, "the frame went out after the save: \(Array(after))") }
    }

    /// The bytes a traced read(2) of standard input returned (0 for any other line). strace
    /// writes "read(0, ..., 4096) = 3", or "<... read resumed>..., 4096) = 3" for a read another
    /// thread's call split.
    static func bytesRead(_ line: Substring) -> Int {
        guard line.hasPrefix("read(0,") || line.hasPrefix("<... read resumed>"),
              let equals = line.range(of: " = ", options: .backwards) else { return 0 }
        return Int(line[equals.upperBound...]) ?? 0
    }
}
