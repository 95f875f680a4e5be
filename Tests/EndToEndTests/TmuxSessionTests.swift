import Foundation
import Testing

/// Self-tests of the tmux harness with plain shell commands; they do not need the lederavtale binary.
@Suite("TmuxSession")
struct TmuxSessionTests {
    @Test func showsUTF8OutputAndReadsTheExitStatus() throws {
        let tmux = try TmuxSession(command: ["sh", "-c", #"printf "æøå 宽\n"; read x; exit 3"#], width: 40, height: 10)
        let screen = try tmux.waitFor("æøå 宽")
        #expect(screen.split(separator: "\n").first == "æøå 宽")
        tmux.send(keys: "Enter")
        #expect(try tmux.waitForExit() == 3)
        #expect(tmux.capture().contains("æøå 宽"), "the last screen stays readable after exit")
    }

    @Test func passesTermAndEnvironment() throws {
        let tmux = try TmuxSession(command: ["sh", "-c", #"echo "[$TERM] [$GREETING]"; read x"#],
                                   width: 60, height: 5, environment: ["GREETING": "hei på deg"])
        try tmux.waitFor("[tmux-256color] [hei på deg]")
    }

    @Test func typesLiteralTextAndSendsKeyNames() throws {
        let tmux = try TmuxSession(command: ["sh", "-c", #"read line; echo "got <$line>"; read x"#], width: 60, height: 5)
        tmux.type("-x ø; $HOME")
        tmux.send(keys: "Enter")
        try tmux.waitFor("got <-x ø; $HOME>")
    }

    @Test func capturesColoursAsEscapes() throws {
        let tmux = try TmuxSession(command: ["sh", "-c", #"printf '\033[38;5;208moransje\033[0m\n'; read x"#], width: 40, height: 5)
        try tmux.waitFor("oransje")
        #expect(tmux.captureWithEscapes().contains("\u{1B}[38;5;208moransje"))
        #expect(!tmux.capture().contains("\u{1B}"))
    }

    @Test func resizeReachesTheProgram() throws {
        let tmux = try TmuxSession(command: ["sh", "-c", #"stty size; read x; stty size; read y"#], width: 80, height: 24)
        try tmux.waitFor("24 80")
        tmux.resize(width: 60, height: 20)
        tmux.send(keys: "Enter")
        try tmux.waitFor("20 60")
    }

    @Test func killedBySignalGives128PlusN() throws {
        let tmux = try TmuxSession(command: ["sh", "-c", #"echo "pid $$"; exec sleep 60"#], width: 40, height: 5)
        let screen = try tmux.waitFor("pid ")
        let pid = screen.split(separator: "\n").first.flatMap { Int32($0.dropFirst(4)) }
        let target = try #require(pid)
        #expect(Foundation.kill(target, SIGTERM) == 0)
        #expect(try tmux.waitForExit() == 128 + SIGTERM)
    }

    @Test func timeoutNamesTheTextAndShowsTheScreen() throws {
        let tmux = try TmuxSession(command: ["sh", "-c", #"echo "noe annet"; read x"#], width: 40, height: 5)
        try tmux.waitFor("noe annet")
        let error = #expect(throws: TmuxSession.Failure.self) {
            try tmux.waitFor("kommer aldri", timeout: .milliseconds(100))
        }
        #expect(error?.description.contains("«kommer aldri»") == true)
        #expect(error?.description.contains("noe annet") == true)
    }

    @Test func killIsIdempotentAndEndsTheServer() throws {
        let tmux = try TmuxSession(command: ["sh", "-c", "read x"], width: 40, height: 5)
        tmux.kill()
        tmux.kill()
        #expect(tmux.capture().isEmpty)
    }

    @Test func locatesTheBuiltBinaryFromThePackageRoot() {
        let root = TmuxSession.packageRoot()
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path))
        #expect(TmuxSession.builtBinary(named: "x").hasSuffix("/.build/debug/x"))
        #expect(TmuxSession.builtBinary(named: "x").hasPrefix(root.path))
    }
}
