import AgreementKit
import Foundation
import Testing

/// The real binary in tmux through a storm of window sizes, 1×1 to 300×100, with no pause
/// between them (200 in CI, 1,000 with LEDERAVTALE_FULL=1, seeded), a few keys in between; then
/// back at 120×40 it must still run, draw exactly the frame a fresh session draws, and quit with 0.
@Suite("Resize storm: the real binary in tmux")
struct ResizeStormTests {
    static var full: Bool { ProcessInfo.processInfo.environment["LEDERAVTALE_FULL"] == "1" }

    @Test func aStormOfResizesLeavesTheSameFrameAndAWorkingProgram() throws {
        let resizes = Self.full ? 1_000 : 200
        let seed: UInt64 = 0x5749_4E43
        var random = StormRandom(seed: seed)
        let started = ContinuousClock.now
        let store = NSTemporaryDirectory() + "lederavtale-storm-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: store) }
        let initialised = try CommandRunner.run(["init", "--sample", "--store", store])
        try #require(initialised.status == 0, "init failed: \(initialised.stderr)")

        let tmux = try TmuxSession(command: [CommandRunner.binary, "hoeggen-skole-2011", "--store", store], width: 120, height: 40)
        defer { tmux.kill() }
        // Settled: the first frame reaches tmux in pieces, and both texts are near its top.
        let fresh = try tmux.waitForSettled("Hoeggen skole 2011")
        #expect(fresh.contains("Frivillighet"))

        var sizes: [String] = []
        var keys = 0, settledFrames = 0
        for i in 0..<resizes {
            let width = Int(random.next() % 300) + 1, height = Int(random.next() % 100) + 1
            tmux.resize(width: width, height: height)
            sizes.append("\(width)×\(height)")
            // Now and then the storm pauses until the program has drawn the right frame for the size.
            if i % 50 == 49 {
                if try Self.waitForFrame(tmux, width: width, height: height, context: "after resize \(i + 1) of the storm (seed \(seed))") {
                    settledFrames += 1
                }
            }
            // Now and then a key while the size changes: down and back up, so the frame ends where it began.
            if i % 25 == 12 {
                tmux.send(keys: "Down")
                tmux.send(keys: "Up")
                keys += 2
            }
        }
        try #require(Self.isRunning(tmux), "the program ended during the storm (exit \(String(describing: try? tmux.waitForExit(timeout: .milliseconds(1))))); sizes: \(sizes.suffix(10))\n\(tmux.capture())")

        tmux.resize(width: 120, height: 40)
        // A correct frame for 120×40 at once; the goals pane may keep the scroll a smaller window
        // needed (the cursor stays in view), so Home and two Down bring back the opening place,
        // after which the frame must be exactly a fresh session's.
        try Self.waitForFrame(tmux, width: 120, height: 40, context: "after the storm (seed \(seed), last sizes \(sizes.suffix(5)))")
        let afterStorm = tmux.capture()
        #expect(afterStorm.contains("Frivillighet") && afterStorm.contains("Hoeggen skole 2011"), "\(afterStorm)")
        tmux.send(keys: "Home")
        tmux.send(keys: "Down")
        tmux.send(keys: "Down")
        let settled: String
        do {
            settled = try tmux.waitUntil("the same frame as a fresh session at 120×40", timeout: .seconds(15)) { $0 == fresh }
        } catch {
            let now = tmux.capture()
            let differing = zip(fresh.split(separator: "\n", omittingEmptySubsequences: false), now.split(separator: "\n", omittingEmptySubsequences: false))
                .enumerated().filter { $0.element.0 != $0.element.1 }.prefix(5)
                .map { "line \($0.offset + 1):\n  fresh: \($0.element.0)\n  now:   \($0.element.1)" }
            Issue.record(TmuxSession.Failure(description: "after \(resizes) resizes (seed \(seed), last \(sizes.suffix(5))) and Home, Down, Down the frame differs from a fresh one:\n\(differing.joined(separator: "\n"))\nnow:\n\(now)"))
            return
        }
        #expect(settled.contains("Frivillighet") && settled.contains("Hoeggen skole 2011"))
        #expect(Self.isRunning(tmux), "the program is no longer running")
        tmux.send(keys: "q")
        let status = try tmux.waitForExit()
        #expect(status == 0, "exit status \(status)")
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("resize storm: \(resizes) resizes from 1×1 to 300×100 with no pause (seed \(seed)), \(keys) keys between them, \(settledFrames) frames checked on the way; "
            + "at 120×40 a whole frame at once, and after Home, Down, Down the frame is identical to a fresh session's, q exits \(status); \(status == 0 ? 0 : 1) failures, "
            + String(format: "%.1f s", seconds))
    }

    /// Waits until the pane shows a frame drawn for this size: the main screen (header and the
    /// frames' bottom corners on the last lines) when it is large enough, else the notice.
    /// False when the window is too small even for the notice (nothing is checked then).
    @discardableResult
    static func waitForFrame(_ tmux: TmuxSession, width: Int, height: Int, context: String) throws -> Bool {
        if width >= 64 && height >= 18 {
            try tmux.waitUntil("the main screen at \(width)×\(height) \(context)") { screen in
                let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
                return lines.first?.contains("Hoeggen skole 2011") == true && lines.count >= height
                    && lines.prefix(height).contains { $0.hasPrefix("└") } && lines.prefix(height).allSatisfy { $0.count <= width }
            }
        } else if width >= 20 && height >= 3 {
            try tmux.waitFor("Vinduet er for lite", timeout: .seconds(10))
        } else {
            return false
        }
        return true
    }

    /// True while the command has not ended (its exit status is not there yet).
    static func isRunning(_ tmux: TmuxSession) -> Bool {
        (try? tmux.waitForExit(timeout: .zero)) == nil
    }
}

/// SplitMix64, seeded.
private struct StormRandom {
    var generator: SplitMix64
    init(seed: UInt64) { generator = SplitMix64(seed: seed) }
    mutating func next() -> UInt64 { generator.next() }
}
