import AgreementKit
@testable import AgreementStore
import Foundation
import Testing

/// Two people, two clones of one store, a bare remote between them: `init --git`, `sync`, the
/// merge driver git calls, and `history` — with the real binary and the real git.
@Suite("Sync through git, the merge driver and the history command", .serialized)
struct SyncTests {
    /// A temporary world: a bare remote and each person's own config folder; git's global
    /// and system config are left out so the machine's identity cannot leak in.
    final class World {
        let root = NSTemporaryDirectory() + "lederavtale-sync-" + UUID().uuidString
        var remote: String { root + "/remote.git" }

        init() throws {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            #expect(try git(["init", "-q", "--bare", "-b", "main", remote]).status == 0)
        }

        /// git on PATH.
        static let gitPath: String = {
            let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
            return folders.map { "\($0)/git" }.first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/usr/bin/git"
        }()

        deinit { try? FileManager.default.removeItem(atPath: root) }

        /// The environment of one person: their config folder, no global git identity.
        func environment(_ person: String) -> [String: String] {
            ["XDG_CONFIG_HOME": "\(root)/\(person)-config", "HOME": "\(root)/\(person)-home", "GIT_CONFIG_NOSYSTEM": "1",
             "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_AUTHOR_NAME": "", "GIT_AUTHOR_EMAIL": "", "GIT_COMMITTER_NAME": "", "GIT_COMMITTER_EMAIL": ""]
        }

        /// `lederavtale` as `person`.
        @discardableResult
        func run(_ person: String, _ arguments: [String]) throws -> CommandRunner.Result {
            try CommandRunner.run(arguments, environment: environment(person))
        }

        /// git itself, with no identity of its own.
        @discardableResult
        func git(_ arguments: [String]) throws -> CommandRunner.Result {
            try CommandRunner.run(arguments, environment: ["GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": "/dev/null"], executable: Self.gitPath)
        }

        /// Changes an agreement in `store` as `author` would in the app (the history records it).
        func edit(_ store: String, as author: ChangeAuthor, _ change: (inout Agreement) -> Void) throws {
            let files = AgreementStore(root: store, author: author)
            let before = try files.load("hoeggen-skole-2011")
            var agreement = before
            change(&agreement)
            try files.save(agreement, previous: before)
        }
    }

    static let anne = ChangeAuthor(person: "Anne Leder", party: .leader)
    static let per = ChangeAuthor(person: "Per Kontakt", party: .contactPerson)

    /// Anne's store made and pushed; Per's cloned by hand and synced (which registers the driver).
    func twoClones(_ world: World) throws -> (anne: String, per: String) {
        let (anne, per) = (world.root + "/anne", world.root + "/per")
        #expect(try world.run("anne", ["config", "set", "name", "Anne Leder"]).status == 0)
        #expect(try world.run("per", ["config", "set", "name", "Per Kontakt"]).status == 0)
        let made = try world.run("anne", ["init", "--sample", "--git", "--remote", world.remote, "--store", anne])
        #expect(made.status == 0, "\(made.stdout)\(made.stderr)")
        let pushed = try world.run("anne", ["sync", "--store", anne])
        #expect(pushed.status == 0, "\(pushed.stdout)\(pushed.stderr)")
        #expect(try world.git(["clone", "-q", world.remote, per]).status == 0)
        let joined = try world.run("per", ["sync", "--store", per])
        #expect(joined.status == 0, "\(joined.stdout)\(joined.stderr)")
        return (anne, per)
    }

    @Test func twoPeopleEditAtOnceSyncAndBothSeeEverything() throws {
        let world = try World()
        let (anne, per) = try twoClones(world)
        let first = try AgreementStore(root: anne).load("hoeggen-skole-2011").goalAreas[0]
        let (area, row) = (first.id, first.rows[0].id)
        try world.edit(anne, as: Self.anne) { agreement in
            _ = agreement.addLogEntry(LogEntry(id: "anne0001", date: LocalDate(iso: "2011-09-14")!, text: "Dugnad i skolegården"), to: row)
            #expect(agreement.set(.target(row), to: "Annes tekst") == nil)
        }
        try world.edit(per, as: Self.per) { agreement in
            #expect(agreement.set(.contactComment(area), to: "Godt arbeid") == nil)
            #expect(agreement.set(.target(row), to: "Pers tekst") == nil)
        }
        let sent = try world.run("anne", ["sync", "--store", anne])
        #expect(sent.status == 0, "\(sent.stdout)\(sent.stderr)")
        #expect(sent.stdout.contains("lagret: Hoeggen skole 2011: 1 loggføring"), "\(sent.stdout)")
        let second = try world.run("per", ["sync", "--store", per])
        #expect(second.status == 1, "the same text changed on both sides needs a person: \(second.stdout)")
        #expect(second.stdout.contains("konflikt") && second.stdout.contains("Annes tekst") && second.stdout.contains("Pers tekst"), "\(second.stdout)")
        #expect(second.stdout.contains("sendt til origin"), "the merge is pushed, conflict recorded: \(second.stdout)")
        let third = try world.run("anne", ["sync", "--store", anne])
        #expect(third.status == 1, "\(third.stdout)\(third.stderr)")

        for store in [anne, per] {
            let agreement = try AgreementStore(root: store).load("hoeggen-skole-2011")
            #expect(agreement.goalAreas.flatMap(\.rows).flatMap(\.log).contains { $0.id == "anne0001" }, "Anne's log entry in \(store)")
            #expect(agreement.value(of: .contactComment(area)) == "Godt arbeid", "Per's rating in \(store)")
            #expect(agreement.conflicts.count == 1)
        }
        for file in ["hoeggen-skole-2011.json", "hoeggen-skole-2011/history.json"] {
            #expect(FileManager.default.contents(atPath: "\(anne)/\(file)") == FileManager.default.contents(atPath: "\(per)/\(file)"), "\(file) differs")
        }
        let check = try world.run("anne", ["check", "--store", anne])
        #expect(check.stdout.contains("konflikt"), "\(check.stdout)")

        let history = try world.run("anne", ["history", "hoeg", "--store", anne, "--format", "json"])
        #expect(history.status == 0, "\(history.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [[String: Any]])
        #expect(rows.contains { $0["person"] as? String == "Per Kontakt" && $0["role"] as? String == "contactPerson" && $0["new"] as? String == "Godt arbeid" })
        #expect(rows.contains { $0["person"] as? String == "Anne Leder" && ($0["path"] as? String)?.hasSuffix("log/anne0001") == true })
        let times = rows.compactMap { $0["time"] as? String }
        #expect(times == times.sorted(by: >), "newest first")
        let log = try world.git(["-C", anne, "log", "--format=%an|%s"])
        #expect(log.stdout.contains("Anne Leder|Hoeggen skole 2011: 1 loggføring"), "\(log.stdout)")
        #expect(log.stdout.contains("Per Kontakt|Hoeggen skole 2011"), "\(log.stdout)")
    }

    @Test func privateFilesNeverLeaveUnlessARemoteOfTheirOwnIsNamed() throws {
        let world = try World()
        let (anne, _) = try twoClones(world)
        try world.edit(anne, as: Self.anne) { agreement in
            agreement.personalGoals.append(PersonalGoal(id: "pg000001", text: "Lese mer om ledelse"))
        }
        #expect(FileManager.default.fileExists(atPath: "\(anne)/hoeggen-skole-2011/history.private.json"))
        let synced = try world.run("anne", ["sync", "--store", anne])
        #expect(synced.status == 0, "\(synced.stdout)\(synced.stderr)")
        let shared = try world.git(["--git-dir", world.remote, "log", "--all", "--format=", "--name-only"]).stdout
        #expect(!shared.isEmpty && !shared.contains("private"), "the shared remote holds: \(shared)")

        let personal = world.root + "/private.git"
        #expect(try world.git(["init", "-q", "--bare", "-b", "main", personal]).status == 0)
        let both = try world.run("anne", ["sync", "--store", anne, "--private-remote", personal])
        #expect(both.status == 0, "\(both.stdout)\(both.stderr)")
        let files = try world.git(["--git-dir", personal, "ls-tree", "-r", "--name-only", "main"]).stdout.split(separator: "\n").map(String.init)
        #expect(files.contains("hoeggen-skole-2011.private.json") && files.contains("hoeggen-skole-2011/history.private.json"), "\(files)")
        #expect(files.allSatisfy { $0.hasSuffix(".private.json") || $0 == ".gitattributes" }, "\(files)")
        let sharedAfter = try world.git(["--git-dir", world.remote, "log", "--all", "--format=", "--name-only"]).stdout
        #expect(!sharedAfter.contains("private"))
    }

    @Test func syncOnAStoreWithoutGitSaysHowToStartAndExits1() throws {
        let world = try World()
        let store = world.root + "/plain"
        #expect(try world.run("anne", ["init", "--sample", "--store", store]).status == 0)
        let result = try world.run("anne", ["sync", "--store", store])
        #expect(result.status == 1)
        #expect(result.stdout.contains("init --git"), "\(result.stdout)")
    }

    @Test func theMergeDriverMergesByIdAndLeavesWhatItCannotParseToGit() throws {
        let world = try World()
        let store = world.root + "/store"
        #expect(try world.run("anne", ["init", "--sample", "--store", store]).status == 0)
        let base = try #require(FileManager.default.contents(atPath: store + "/hoeggen-skole-2011.json"))
        let files = AgreementStore(root: store)
        let original = try files.load("hoeggen-skole-2011")
        let row = original.goalAreas[0].rows[0].id
        var ours = original, theirs = original
        _ = ours.addLogEntry(LogEntry(id: "ours0001", date: LocalDate(iso: "2011-03-01")!, text: "Vår"), to: row)
        _ = theirs.addLogEntry(LogEntry(id: "thrs0001", date: LocalDate(iso: "2011-03-02")!, text: "Deres"), to: row)
        let paths = ["O", "A", "B"].map { "\(world.root)/\($0)" }
        _ = FileManager.default.createFile(atPath: paths[0], contents: base)
        _ = FileManager.default.createFile(atPath: paths[1], contents: try files.encode(ours).public)
        _ = FileManager.default.createFile(atPath: paths[2], contents: try files.encode(theirs).public)
        let merged = try CommandRunner.run(["merge-driver"] + paths + ["hoeggen-skole-2011.json"], currentDirectory: store)
        #expect(merged.status == 0, "\(merged.stderr)")
        let result = try files.decodeAgreement(try #require(FileManager.default.contents(atPath: paths[1])), file: paths[1])
        #expect(Set(result.goalAreas[0].rows[0].log.map(\.id)) == ["ours0001", "thrs0001"])

        _ = FileManager.default.createFile(atPath: paths[1], contents: Data("{ \"agreement\": ".utf8))
        let broken = try CommandRunner.run(["merge-driver"] + paths + ["hoeggen-skole-2011.json"], currentDirectory: store)
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("hoeggen-skole-2011.json"), "\(broken.stderr)")
        let left = String(decoding: FileManager.default.contents(atPath: paths[1]) ?? Data(), as: UTF8.self)
        #expect(left.contains("<<<<<<<"), "git's conflict markers stay for a person")
    }

    @Test func historyFiltersByGoalAreaAndDateAndRefusesAnUnknownGoal() throws {
        let world = try World()
        let store = world.root + "/store"
        #expect(try world.run("anne", ["init", "--sample", "--store", store]).status == 0)
        let agreement = try AgreementStore(root: store).load("hoeggen-skole-2011")
        let (first, second) = (agreement.goalAreas[0], agreement.goalAreas[1])
        try world.edit(store, as: ChangeAuthor(person: "Anne Leder", party: .leader, now: { "2011-09-15T10:42:07+02:00" })) { agreement in
            _ = agreement.set(.midYearNote(first.id), to: "Notat én")
        }
        try world.edit(store, as: ChangeAuthor(person: "Anne Leder", party: .leader, now: { "2011-10-01T09:00:00+02:00" })) { agreement in
            _ = agreement.set(.midYearNote(second.id), to: "Notat to")
        }
        let goal = try world.run("anne", ["history", "hoeggen", "--store", store, "--goal", "\(second.section.number) \(second.number)"])
        #expect(goal.status == 0, "\(goal.stderr)")
        #expect(goal.stdout.contains("Notat to") && !goal.stdout.contains("Notat én"), "\(goal.stdout)")
        #expect(goal.stdout.contains("01.10.2011 09:00") && goal.stdout.contains("Anne Leder"), "\(goal.stdout)")
        let since = try world.run("anne", ["history", "hoeggen", "--store", store, "--since", "20.09.2011"])
        #expect(since.stdout.contains("Notat to") && !since.stdout.contains("Notat én"), "\(since.stdout)")
        let unknown = try world.run("anne", ["history", "hoeggen", "--store", store, "--goal", "9 99"])
        #expect(unknown.status == 2 && unknown.stderr.contains("fant ikke målområdet"), "\(unknown.stderr)")
    }
}
