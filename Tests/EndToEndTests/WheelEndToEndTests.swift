import Foundation
import Testing

/// The year's rhythm with the real binary: dates set in the app and seen in the header, the
/// wheel view and `lederavtale wheel` (table, due, calendar file read back by a real iCalendar
/// parser), and a broken wheel file that is named while the rest works.
@Suite("The annual wheel in a real terminal and on the command line")
struct WheelEndToEndTests {
    private func open(_ store: InterfaceTests.SampleStore, _ extra: [String] = [], width: Int = 120, height: Int = 40) throws -> TmuxSession {
        let tmux = try TmuxSession(command: [CommandRunner.binary, "hoeggen", "--store", store.path, "--as", "kontaktperson"] + extra, width: width, height: height)
        try tmux.waitFor("Frivillighet")
        return tmux
    }

    /// The sample store with the mid-year meeting set to 27.09.2011 in the app, as a contact person would.
    private func storeWithMidYearDate() throws -> InterfaceTests.SampleStore {
        let store = try InterfaceTests.SampleStore()
        let tmux = try open(store, width: 80, height: 24)
        tmux.send(keys: "h")
        // No dates of its own yet: its steps stand on the standard dates, as in the overview.
        try tmux.waitFor("! 30.06 Midtveissamtale")
        try tmux.waitFor("Ingen årshjul i lageret gjelder Trondheim")
        tmux.send(keys: "d")
        try tmux.waitFor("Datoer for avtalen 2011")
        tmux.type("31.02")
        tmux.send(keys: "Enter")
        try tmux.waitFor("«31.02» er ikke en dato: februar 2011 har 28 dager, ikke 31")
        tmux.send(keys: "C-u")
        tmux.type("27.09")
        tmux.send(keys: "Enter")
        let screen = try tmux.waitFor("» 27.09 Midtveissamtale")
        #expect(screen.contains("Neste: 27.09 midtveissamtale"), "\(screen)")
        #expect(screen.contains("per 15.09"))
        tmux.send(keys: "Escape")
        try tmux.waitUntil("the main screen") { $0.contains("Frivillighet") && !$0.contains("» 27.09") }
        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)
        return store
    }

    @Test func theMidYearDateSetInTheAppIsInTheHeaderTheTableAndDue() throws {
        let store = try storeWithMidYearDate()
        let tmux = try open(store)
        let header = try tmux.waitFor("Neste: 27.09 midtveissamtale (om 12 dager)")
        #expect(header.contains("per 15.09.2011"))
        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)

        let table = try CommandRunner.run(["wheel", "hoeg", "--store", store.path])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("27.09.2011  Møte   innen 14 dager  Midtveissamtale"), "\(table.stdout)")
        #expect(table.stdout.contains("31.01.2012  Frist  åpen            Frist for resultatvurderingen"), "the standard deadline: \(table.stdout)")
        let due = try CommandRunner.run(["wheel", "--due", "--store", store.path])
        #expect(due.status == 0 && due.stdout.contains("hoeggen-skole-2011") && due.stdout.contains("Midtveissamtale"), "\(due.stdout)")
        let soon = try CommandRunner.run(["wheel", "hoeggen", "--due", "5", "--store", store.path])
        #expect(soon.stdout == "Ingenting forfaller de neste 5 dagene fra 15.09.2011, og ingenting er forfalt.\n", "\(soon.stdout)")
        let later = try CommandRunner.run(["wheel", "hoeggen", "--due", "--store", store.path, "--today", "2011-10-01"])
        #expect(later.stdout.contains("forfalt") && later.stdout.contains("Midtveissamtale"), "overdue after the day: \(later.stdout)")
        let month = try CommandRunner.run(["wheel", "hoeggen", "--month", "13", "--store", store.path])
        #expect(month.status == 2 && month.stderr.contains("«13» er ikke en måned (1–12)"), "\(month.stderr)")
    }

    @Test(.enabled(if: ICalendarParser.available, "needs python3 with icalendar (.ci/run installs it)"))
    func theCalendarFileIsReadByARealICalendarParserWithStableUIDs() throws {
        let store = try storeWithMidYearDate()
        let folder = store.path + "/ut"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // A wheel that applies to Trondheim: the Bø wheel with its municipality taken off.
        let wheel = try String(contentsOfFile: store.path + "/wheels/bo-skule.json", encoding: .utf8)
        try wheel.replacingOccurrences(of: "\"Bø\"", with: "").write(toFile: store.path + "/wheels/bo-skule.json", atomically: true, encoding: .utf8)
        let first = try CommandRunner.run(["wheel", "hoeggen", "--format", "ics", "--output", folder + "/a.ics", "--store", store.path])
        #expect(first.status == 0, "\(first.stderr)")
        let again = try CommandRunner.run(["wheel", "hoeggen", "--store", store.path, "--output", folder + "/b.ics"])
        #expect(again.status == 0, "the extension names the format: \(again.stderr)")
        let events = try ICalendarParser.events(in: folder + "/a.ics")
        #expect(events.count == 23, "the Bø wheel's 20 events, the mid-year meeting and the standard deadlines of 01.03 and 31.01")
        #expect(events.allSatisfy { $0.isDate }, "every start is a DATE")
        let meeting = try #require(events.first { $0.uid == "hoeggen-skole-2011-meeting-midYear@lederavtale" })
        #expect(meeting.start == "2011-09-27" && meeting.summary == "Midtveissamtale" && meeting.categories == ["Møte"] && meeting.alarms.isEmpty)
        let deadline = try #require(events.first { $0.summary == "Analyse av resultat nasjonale prøver på skulane" })
        #expect(deadline.start == "2011-12-15" && deadline.categories == ["Frist"])
        #expect(deadline.alarms == [-15 * 3600], "an alarm at 09:00 the day before")
        #expect(deadline.description.contains("Hvem: enhetslederen"))
        #expect(try ICalendarParser.events(in: folder + "/b.ics").map(\.uid) == events.map(\.uid), "the same UIDs in every export")
        let refused = try CommandRunner.run(["wheel", "hoeggen", "--format", "ics", "--output", folder + "/a.ics", "--store", store.path])
        #expect(refused.status == 1 && refused.stderr.contains("finnes allerede"), "never over an existing file: \(refused.stderr)")
    }

    @Test func aWheelWithAnImpossibleDateIsNamedWithItsLineWhileTheRestWorks() throws {
        let store = try InterfaceTests.SampleStore()
        let path = store.path + "/wheels/bo-skule.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "\"day\" : 31,\n          \"month\" : 1,", with: "\"day\" : 31,\n          \"month\" : 2,")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let check = try CommandRunner.run(["check", "--store", store.path])
        #expect(check.status == 1)
        #expect(check.stdout.contains("wheels/bo-skule.json:10:19: events[0].when.day: 31.2 finnes ikke: februar har aldri 31 dager"), "\(check.stdout)")
        #expect(check.stdout.contains("årshjul: 1 · samtaleguider: 1 · ledersamtaler: 0"))
        let list = try CommandRunner.run(["list", "--store", store.path])
        #expect(list.status == 0 && list.stdout.contains("hoeggen-skole-2011") && list.stdout.contains("eide-barneskole-2013"), "\(list.stderr)")
        let wheel = try CommandRunner.run(["wheel", "hoeggen", "--store", store.path])
        #expect(wheel.status == 1 && wheel.stderr.contains("wheels/bo-skule.json:10:19"), "\(wheel.stderr)")
        let tmux = try open(store)
        tmux.send(keys: "h")
        try tmux.waitFor("Kan ikke lese et årshjul")
        tmux.send(keys: "Escape")
        try tmux.waitUntil("the main screen") { !$0.contains("Kan ikke lese et årshjul") }
        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)
    }
}
