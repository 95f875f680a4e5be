import Foundation
import Testing

/// The real binary in tmux on a copy of the sample store, as a user would drive it.
@Suite("The interface in a real terminal")
struct InterfaceTests {
    /// A fresh store with the samples, removed when the test ends.
    final class SampleStore {
        let path = NSTemporaryDirectory() + "lederavtale-e2e-store-" + UUID().uuidString
        init() throws {
            let result = try CommandRunner.run(["init", "--sample", "--store", path])
            guard result.status == 0 else { throw TmuxSession.Failure(description: "init failed: \(result.stderr)") }
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    private func open(_ store: SampleStore, width: Int = 120, height: Int = 40, environment: [String: String] = [:]) throws -> TmuxSession {
        let tmux = try TmuxSession(command: [CommandRunner.binary, "hoeggen-skole-2011", "--store", store.path], width: width, height: height, environment: environment)
        try tmux.waitForSettled("Frivillighet")
        return tmux
    }

    @Test func showsUnitYearPhaseAndGoalsWithNorwegianLetters() throws {
        let store = try SampleStore()
        let tmux = try open(store)
        let screen = tmux.capture()
        #expect(screen.contains("Hoeggen skole 2011   Neste: 31.01"), "the next step, on its standard date, before the municipality")
        #expect(screen.contains("O Oppfølging"))
        #expect(screen.contains("2. Redusert sykefravær"))
        #expect(screen.contains("3. Miljø"))
        #expect(screen.contains("2.2 Resultatmål for tjenesteområdet"))
        #expect(screen.contains("Kulturelt entreprenørskap"), "the first goal area's measures show at once")
    }

    @Test func movingToARowShowsItsMeasuresSupportAndFields() throws {
        let store = try SampleStore()
        let tmux = try open(store)
        // Frivillighet → its row → Sykefravær → its row → Miljø → its one row (the environmental plan).
        for _ in 0..<5 { tmux.send(keys: "Down") }
        // Only the Miljø row's measures and support: headings stand without a bullet.
        try tmux.waitUntil("the Miljø row") {
            $0.contains("Miljørunden") && !$0.contains("Kulturelt entreprenørskap") && !$0.contains("• For å kartlegge")
        }
        tmux.send(keys: "Enter")
        try tmux.waitFor("Indikator: Redusere strømutgifter")
        tmux.send(keys: "Escape")
        try tmux.waitUntil("back on the main screen") { $0.contains("Tiltak og støtte") }
        tmux.send(keys: "Up")
        try tmux.waitFor("Miljørunden")
        tmux.send(keys: "Tab")
        tmux.send(keys: "End")
        try tmux.waitFor("Kostholdskurs for ansatte i SFO")
    }

    @Test func helpOpensAndCloses() throws {
        let store = try SampleStore()
        let tmux = try open(store)
        tmux.send(keys: "?")
        try tmux.waitFor("Hovedskjermen")
        #expect(tmux.capture().contains("lederavtale – hjelp"))
        tmux.send(keys: "?")
        try tmux.waitUntil("help closed") { !$0.contains("lederavtale – hjelp") && $0.contains("Frivillighet") }
        tmux.send(keys: "?")
        try tmux.waitFor("lederavtale – hjelp")
        tmux.send(keys: "Escape")
        try tmux.waitUntil("help closed by Esc") { !$0.contains("lederavtale – hjelp") && $0.contains("Frivillighet") }
    }

    @Test func tooSmallAndBackAgainThenQuitRestoresTheTerminal() throws {
        let store = try SampleStore()
        let tmux = try open(store)
        #expect(tmux.alternateScreenOn)
        tmux.resize(width: 50, height: 12)
        let small = try tmux.waitFor("Vinduet er for lite")
        #expect(small.contains("50×12 – trenger minst 64×18"))
        tmux.resize(width: 120, height: 40)
        try tmux.waitFor("Frivillighet")
        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)
        #expect(!tmux.alternateScreenOn)
    }

    @Test func phaseColoursOnTheDefaultTheme() throws {
        let store = try SampleStore()
        let tmux = try open(store)
        let screen = tmux.captureWithEscapes()
        for colour in ["38;5;33m", "38;5;208m", "38;5;34m"] {
            #expect(screen.contains(colour), "colour \(colour) missing")
        }
    }

    @Test func noColourWithNO_COLORButThePhaseLettersRemain() throws {
        let store = try SampleStore()
        let tmux = try open(store, environment: ["NO_COLOR": "1"])
        let screen = tmux.captureWithEscapes()
        #expect(!screen.contains("38;5;"), "no 256-colour foreground")
        #expect(!screen.contains("48;5;"), "no 256-colour background")
        let basic = try Regex("\u{1B}\\[[0-9;]*(3[0-7]|4[0-7]|9[0-7])m")
        #expect(!screen.contains(basic), "no 8/16-colour codes")
        let text = tmux.capture()
        #expect(text.contains(" O Oppfølging"))
        #expect(text.contains("B Tiltak"))
        #expect(text.contains("[··]"))
    }

    @Test func okabeItoAndBasicThemesAndAnUnknownTheme() throws {
        let store = try SampleStore()
        let okabe = try TmuxSession(command: [CommandRunner.binary, "hoeggen-skole-2011", "--store", store.path, "--theme", "okabe-ito"], width: 120, height: 40)
        try okabe.waitFor("Frivillighet")
        #expect(okabe.captureWithEscapes().contains("38;5;178m"))
        let basic = try TmuxSession(command: [CommandRunner.binary, "hoeggen-skole-2011", "--store", store.path], width: 120, height: 40, environment: ["TERM": "screen"])
        try basic.waitFor("Frivillighet")
        #expect(!basic.captureWithEscapes().contains("38;5;"), "8 colours on an 8-colour terminal")
        let unknown = try CommandRunner.run(["--store", store.path, "--theme", "neon"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("tema «neon»"))
    }

    @Test func refusesWithoutATerminalOrWithTERMdumb() throws {
        let store = try SampleStore()
        let piped = try CommandRunner.run(["hoeggen-skole-2011", "--store", store.path])
        #expect(piped.status == 2)
        #expect(piped.stderr == "lederavtale: trenger en terminal (standard inn og ut må være en terminal)\n")
        #expect(!piped.stdout.contains("\u{1B}") && !piped.stderr.contains("\u{1B}"))
        let dumb = try TmuxSession(command: [CommandRunner.binary, "hoeggen-skole-2011", "--store", store.path], width: 80, height: 24, environment: ["TERM": "dumb"])
        #expect(try dumb.waitForExit() == 2)
        #expect(dumb.capture().contains("kan ikke flytte markøren"))
    }

    @Test func aPickerWhenTheStoreHasSeveralAgreements() throws {
        let store = try SampleStore()
        var text = try String(contentsOfFile: store.path + "/hoeggen-skole-2011.json", encoding: .utf8)
        text = text.replacingOccurrences(of: "\"id\" : \"hoeggen-skole-2011\"", with: "\"id\" : \"hoeggen-skole-2012\"")
            .replacingOccurrences(of: "\"year\" : 2011", with: "\"year\" : 2012")
        try text.write(toFile: store.path + "/hoeggen-skole-2012.json", atomically: true, encoding: .utf8)
        let tmux = try TmuxSession(command: [CommandRunner.binary, "--store", store.path], width: 100, height: 30)
        try tmux.waitFor("velg avtale")
        #expect(tmux.capture().contains("21/21"))
        tmux.type("hoeggen 2011")
        try tmux.waitFor("1/21")
        tmux.send(keys: "Enter")
        try tmux.waitUntil("the agreement opened from the picker") { $0.hasPrefix(" Hoeggen skole 2011   ") }
    }
}

@Suite("The terminal is restored on signals")
struct SignalTests {
    @Test(arguments: [("TERM", Int32(143)), ("HUP", Int32(129)), ("INT", Int32(130)), ("QUIT", Int32(131)), ("SEGV", Int32(139)), ("ABRT", Int32(134))])
    func aQuitOrCrashSignalRestoresTheTerminal(signal: String, status: Int32) throws {
        let store = try InterfaceTests.SampleStore()
        let tmux = try TmuxSession(command: [CommandRunner.binary, "hoeggen-skole-2011", "--store", store.path], width: 100, height: 30)
        try tmux.waitFor("Frivillighet")
        #expect(tmux.alternateScreenOn)
        #expect(TmuxSession.signal(signal, matching: "^\(CommandRunner.binary) hoeggen-skole-2011 --store \(store.path)"), "pkill found the process")
        #expect(try tmux.waitForExit() == status)
        #expect(!tmux.alternateScreenOn)
    }
}
